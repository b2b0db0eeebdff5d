package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.corsgen.CrossOrigin;

/** The Jakarta REST annotations (and one {@code @CrossOrigin}) sit here, not on the resource class. */
public interface GreetingApi {

    @GET
    @Path("{name}")
    String greet(@PathParam("name") String name);

    @PUT
    @Path("{name}")
    @CrossOrigin(origins = "http://localhost:8081")
    String rename(@PathParam("name") String name, String body);
}
