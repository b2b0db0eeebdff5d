package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Differential routing fixture: competes with the more specific root {@link RouteThingById}. */
@Path("r/things")
@CrossOrigin(exposedHeaders = "X-Route-Class-RouteThings", allowedHeaders = {"Content-Type", "X-Route-Class-RouteThings"})
public class RouteThings {

    @GET
    @CrossOrigin(exposedHeaders = "X-Route-getThings", allowedHeaders = {"Content-Type", "X-Route-getThings"})
    public String getThings() {
        return "getThings";
    }

    @GET
    @Path("new")
    @CrossOrigin(exposedHeaders = "X-Route-getThingsNew", allowedHeaders = {"Content-Type", "X-Route-getThingsNew"})
    public String getThingsNew() {
        return "getThingsNew";
    }

    @GET
    @Path("{id}/parts")
    @CrossOrigin(exposedHeaders = "X-Route-getThingParts", allowedHeaders = {"Content-Type", "X-Route-getThingParts"})
    public String getThingParts() {
        return "getThingParts";
    }
}
