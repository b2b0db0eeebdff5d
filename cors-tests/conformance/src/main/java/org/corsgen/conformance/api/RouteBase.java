package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Differential routing fixture: resource methods declared in a superclass of {@link RouteDerived}. */
public abstract class RouteBase {

    @GET
    @CrossOrigin(exposedHeaders = "X-Route-getBaseAll", allowedHeaders = {"Content-Type", "X-Route-getBaseAll"})
    public String getBaseAll() {
        return "getBaseAll";
    }

    @GET
    @Path("base")
    @CrossOrigin(exposedHeaders = "X-Route-getBase", allowedHeaders = {"Content-Type", "X-Route-getBase"})
    public String getBase() {
        return "getBase";
    }
}
