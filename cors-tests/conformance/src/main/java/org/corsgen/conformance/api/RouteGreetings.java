package org.corsgen.conformance.api;

import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Differential routing fixture: methods inherited from an interface. */
@Path("r/greetings")
@CrossOrigin(exposedHeaders = "X-Route-Class-RouteGreetings", allowedHeaders = {"Content-Type", "X-Route-Class-RouteGreetings"})
public class RouteGreetings implements RouteGreetingApi {

    @Override
    public String getGreetings() {
        return "getGreetings";
    }

    @Override
    public String getGreeting() {
        return "getGreeting";
    }

    @Override
    public String putGreeting(String body) {
        return "putGreeting";
    }
}
