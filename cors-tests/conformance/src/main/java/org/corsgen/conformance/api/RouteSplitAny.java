package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/**
 * Differential routing fixture: a root that loses to {@link RouteSplitNumber} on the sort key (no regex)
 * but serves GET, which the winner does not.
 */
@Path("r/split/{id}")
@CrossOrigin(exposedHeaders = "X-Route-Class-RouteSplitAny", allowedHeaders = {"Content-Type", "X-Route-Class-RouteSplitAny"})
public class RouteSplitAny {

    @GET
    @CrossOrigin(exposedHeaders = "X-Route-getSplit", allowedHeaders = {"Content-Type", "X-Route-getSplit"})
    public String getSplit() {
        return "getSplit";
    }
}
