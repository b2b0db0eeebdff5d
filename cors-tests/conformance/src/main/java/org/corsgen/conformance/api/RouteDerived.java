package org.corsgen.conformance.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Differential routing fixture: adds a DELETE at a path whose GET comes from {@link RouteBase}. */
@Path("r/derived")
@CrossOrigin(exposedHeaders = "X-Route-Class-RouteDerived", allowedHeaders = {"Content-Type", "X-Route-Class-RouteDerived"})
public class RouteDerived extends RouteBase {

    @DELETE
    @Path("base")
    @CrossOrigin(exposedHeaders = "X-Route-deleteDerived", allowedHeaders = {"Content-Type", "X-Route-deleteDerived"})
    public String deleteDerived() {
        return "deleteDerived";
    }
}
