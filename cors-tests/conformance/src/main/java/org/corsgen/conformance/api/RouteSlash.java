package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Differential routing fixture: templates written with leading and trailing slashes. */
@Path("/r/slash/")
@CrossOrigin(exposedHeaders = "X-Route-Class-RouteSlash", allowedHeaders = {"Content-Type", "X-Route-Class-RouteSlash"})
public class RouteSlash {

    @GET
    @Path("/")
    @CrossOrigin(exposedHeaders = "X-Route-getSlash", allowedHeaders = {"Content-Type", "X-Route-getSlash"})
    public String getSlash() {
        return "getSlash";
    }

    @GET
    @Path("/x/")
    @CrossOrigin(exposedHeaders = "X-Route-getSlashX", allowedHeaders = {"Content-Type", "X-Route-getSlashX"})
    public String getSlashX() {
        return "getSlashX";
    }
}
