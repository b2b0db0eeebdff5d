package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Differential routing fixture: templates that compete on literal characters, variables and regexes. */
@Path("r/c")
@CrossOrigin(exposedHeaders = "X-Route-Class-RouteCompete", allowedHeaders = {"Content-Type", "X-Route-Class-RouteCompete"})
public class RouteCompete {

    @GET
    @Path("{a}/b")
    @CrossOrigin(exposedHeaders = "X-Route-getAnyB", allowedHeaders = {"Content-Type", "X-Route-getAnyB"})
    public String getAnyB() {
        return "getAnyB";
    }

    @GET
    @Path("a/{x}")
    @CrossOrigin(exposedHeaders = "X-Route-getAAny", allowedHeaders = {"Content-Type", "X-Route-getAAny"})
    public String getAAny() {
        return "getAAny";
    }

    @GET
    @Path("{x}/{y}")
    @CrossOrigin(exposedHeaders = "X-Route-getAnyAny", allowedHeaders = {"Content-Type", "X-Route-getAnyAny"})
    public String getAnyAny() {
        return "getAnyAny";
    }

    @GET
    @Path("{n: [0-9]+}")
    @CrossOrigin(exposedHeaders = "X-Route-getNumber", allowedHeaders = {"Content-Type", "X-Route-getNumber"})
    public String getNumber() {
        return "getNumber";
    }

    @GET
    @Path("{w: [a-z]+}")
    @CrossOrigin(exposedHeaders = "X-Route-getWord", allowedHeaders = {"Content-Type", "X-Route-getWord"})
    public String getWord() {
        return "getWord";
    }

    @GET
    @Path("t/{rest: .+}")
    @CrossOrigin(exposedHeaders = "X-Route-getTail", allowedHeaders = {"Content-Type", "X-Route-getTail"})
    public String getTail() {
        return "getTail";
    }
}
