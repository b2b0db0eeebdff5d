package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/**
 * Differential routing fixture: a root without sub-resources whose template is more specific than
 * {@link RouteThings}'s; a path that leaves a remainder skips it (phase 1 of §3.7.2).
 */
@Path("r/things/{id}")
@CrossOrigin(exposedHeaders = "X-Route-Class-RouteThingById", allowedHeaders = {"Content-Type", "X-Route-Class-RouteThingById"})
public class RouteThingById {

    @GET
    @CrossOrigin(exposedHeaders = "X-Route-getThing", allowedHeaders = {"Content-Type", "X-Route-getThing"})
    public String getThing() {
        return "getThing";
    }

    @PUT
    @CrossOrigin(exposedHeaders = "X-Route-putThing", allowedHeaders = {"Content-Type", "X-Route-putThing"})
    public String putThing(String body) {
        return "putThing";
    }
}
