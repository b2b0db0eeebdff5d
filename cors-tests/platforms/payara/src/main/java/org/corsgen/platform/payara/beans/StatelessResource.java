package org.corsgen.platform.payara.beans;

import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;

import org.corsgen.CrossOrigin;

/** A stateless session bean: Jersey gets it from the EJB container. */
@Path("stateless")
@CrossOrigin(origins = "https://beans.example.com")
@Stateless
public class StatelessResource {

    @Context
    private ResourceInfo matched;

    /** @return the class of the instance that ran, and the resource class the container reports */
    @GET
    public String get() {
        return "instance=" + getClass().getName() + " resourceClass=" + matched.getResourceClass().getName();
    }
}
