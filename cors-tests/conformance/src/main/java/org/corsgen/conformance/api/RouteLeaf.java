package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Differential routing fixture: reached through {@link RouteLocators#leaf()}. */
@CrossOrigin(exposedHeaders = "X-Route-Class-RouteLeaf", allowedHeaders = {"Content-Type", "X-Route-Class-RouteLeaf"})
public class RouteLeaf {

    @GET
    @CrossOrigin(exposedHeaders = "X-Route-getLeaf", allowedHeaders = {"Content-Type", "X-Route-getLeaf"})
    public String getLeaf() {
        return "getLeaf";
    }

    @GET
    @Path("{c}")
    @CrossOrigin(exposedHeaders = "X-Route-getLeafChild", allowedHeaders = {"Content-Type", "X-Route-getLeafChild"})
    public String getLeafChild() {
        return "getLeafChild";
    }

    @POST
    @Path("{c}")
    @CrossOrigin(exposedHeaders = "X-Route-postLeafChild", allowedHeaders = {"Content-Type", "X-Route-postLeafChild"})
    public String postLeafChild(String body) {
        return "postLeafChild";
    }
}
