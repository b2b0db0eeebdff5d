package org.corsgen.conformance.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Differential routing fixture: reached through {@link RouteItems#history()}. */
@CrossOrigin(exposedHeaders = "X-Route-Class-RouteHistory", allowedHeaders = {"Content-Type", "X-Route-Class-RouteHistory"})
public class RouteHistory {

    @GET
    @CrossOrigin(exposedHeaders = "X-Route-getHistory", allowedHeaders = {"Content-Type", "X-Route-getHistory"})
    public String getHistory() {
        return "getHistory";
    }

    @GET
    @Path("{rev}")
    @CrossOrigin(exposedHeaders = "X-Route-getRevision", allowedHeaders = {"Content-Type", "X-Route-getRevision"})
    public String getRevision() {
        return "getRevision";
    }

    @DELETE
    @Path("{rev: [0-9]+}")
    @CrossOrigin(exposedHeaders = "X-Route-deleteRevision", allowedHeaders = {"Content-Type", "X-Route-deleteRevision"})
    public String deleteRevision() {
        return "deleteRevision";
    }
}
