package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Differential routing fixture: a custom {@code @HttpMethod}. */
@Path("r/cache")
@CrossOrigin(exposedHeaders = "X-Route-Class-RouteCache", allowedHeaders = {"Content-Type", "X-Route-Class-RouteCache"})
public class RouteCache {

    @GET
    @CrossOrigin(exposedHeaders = "X-Route-getCache", allowedHeaders = {"Content-Type", "X-Route-getCache"})
    public String getCache() {
        return "getCache";
    }

    @PURGE
    @CrossOrigin(exposedHeaders = "X-Route-purgeCache", allowedHeaders = {"Content-Type", "X-Route-purgeCache"})
    public String purgeCache() {
        return "purgeCache";
    }
}
