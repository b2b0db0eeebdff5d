package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Differential routing fixture: the Jakarta REST annotations of {@link RouteGreetings} live here. */
public interface RouteGreetingApi {

    @GET
    @CrossOrigin(exposedHeaders = "X-Route-getGreetings", allowedHeaders = {"Content-Type", "X-Route-getGreetings"})
    String getGreetings();

    @GET
    @Path("{name}")
    @CrossOrigin(exposedHeaders = "X-Route-getGreeting", allowedHeaders = {"Content-Type", "X-Route-getGreeting"})
    String getGreeting();

    @PUT
    @Path("{name}")
    @CrossOrigin(exposedHeaders = "X-Route-putGreeting", allowedHeaders = {"Content-Type", "X-Route-putGreeting"})
    String putGreeting(String body);
}
