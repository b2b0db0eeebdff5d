package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/**
 * {@code allowedHeaders = "*"}, as browsers read {@code Access-Control-Allow-Headers: *}: every valid name but
 * {@code Authorization}, with and without credentials; {@code {"*", "Authorization"}} allows that one too.
 * One method per path, so each preflight meets exactly one policy.
 */
@Path("any-header")
@CrossOrigin(allowedHeaders = "*")
public class AnyHeaderResource {

    @GET
    public String get() {
        return "any header";
    }

    @PUT
    @Path("credentials")
    @CrossOrigin(credentials = true)
    public String put(String body) {
        return "any header, credentials";
    }

    @GET
    @Path("authorization")
    @CrossOrigin(allowedHeaders = {"*", "Authorization"}, credentials = true)
    public String withAuthorization() {
        return "any header and authorization";
    }
}
