package org.corsgen.conformance.api;

import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Implements {@link GreetingApi}: its methods carry no annotation and inherit the interface's. */
@Path("greetings")
@CrossOrigin(exposedHeaders = "X-Greeting")
public class GreetingResource implements GreetingApi {

    @Override
    public String greet(String name) {
        return "hello " + name;
    }

    @Override
    public String rename(String name, String body) {
        return "renamed " + name;
    }
}
