package org.corsgen.platform.payara.beans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;

import org.corsgen.CrossOrigin;

/** An application-scoped CDI bean: Jersey gets a client proxy from Weld. */
@Path("application-scoped")
@CrossOrigin(origins = "https://beans.example.com")
@ApplicationScoped
public class ApplicationScopedResource {

    @Context
    private ResourceInfo matched;

    /** @return the class of the instance that ran, and the resource class the container reports */
    @GET
    public String get() {
        return "instance=" + getClass().getName() + " resourceClass=" + matched.getResourceClass().getName();
    }
}
