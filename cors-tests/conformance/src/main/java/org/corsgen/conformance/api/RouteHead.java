package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.corsgen.CrossOrigin;

/** Differential routing fixture: an explicit HEAD method next to GET. */
@Path("r/head")
@CrossOrigin(exposedHeaders = "X-Route-Class-RouteHead", allowedHeaders = {"Content-Type", "X-Route-Class-RouteHead"})
public class RouteHead {

    @GET
    @CrossOrigin(exposedHeaders = "X-Route-getHead", allowedHeaders = {"Content-Type", "X-Route-getHead"})
    public String getHead() {
        return "getHead";
    }

    @HEAD
    @CrossOrigin(exposedHeaders = "X-Route-headHead", allowedHeaders = {"Content-Type", "X-Route-headHead"})
    public Response headHead() {
        return Response.ok().build();
    }
}
