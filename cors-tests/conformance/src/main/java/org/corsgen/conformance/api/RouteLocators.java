package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Differential routing fixture: a sub-resource method competing with a locator. */
@Path("r/loc")
@CrossOrigin(exposedHeaders = "X-Route-Class-RouteLocators", allowedHeaders = {"Content-Type", "X-Route-Class-RouteLocators"})
public class RouteLocators {

    @GET
    @Path("fixed")
    @CrossOrigin(exposedHeaders = "X-Route-getFixed", allowedHeaders = {"Content-Type", "X-Route-getFixed"})
    public String getFixed() {
        return "getFixed";
    }

    @Path("{kind}")
    public RouteLeaf leaf() {
        return new RouteLeaf();
    }
}
