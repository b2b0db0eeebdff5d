package org.corsgen.platform.payara.beans;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;

import org.corsgen.CrossOrigin;

/** An intercepted CDI bean: the instance is a subclass Weld generates. */
@Path("intercepted")
@CrossOrigin(origins = "https://beans.example.com")
@RequestScoped
@Audited
public class InterceptedResource {

    @Context
    private ResourceInfo matched;

    /** @return the class of the instance that ran, and the resource class the container reports */
    @GET
    public String get() {
        return "instance=" + getClass().getName() + " resourceClass=" + matched.getResourceClass().getName();
    }
}
