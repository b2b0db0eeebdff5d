package org.corsgen.conformance.api;

import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Differential routing fixture: the more specific of two competing roots, serving PUT only. */
@Path("r/split/{n: [0-9]+}")
@CrossOrigin(exposedHeaders = "X-Route-Class-RouteSplitNumber", allowedHeaders = {"Content-Type", "X-Route-Class-RouteSplitNumber"})
public class RouteSplitNumber {

    @PUT
    @CrossOrigin(exposedHeaders = "X-Route-putSplit", allowedHeaders = {"Content-Type", "X-Route-putSplit"})
    public String putSplit(String body) {
        return "putSplit";
    }
}
