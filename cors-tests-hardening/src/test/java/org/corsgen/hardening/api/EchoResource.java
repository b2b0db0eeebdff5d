package org.corsgen.hardening.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.corsgen.CrossOrigin;

/**
 * For the soak and the header catalogue: an exact origin plus a pattern, credentials, and any requested
 * header ({@code "*"}, answered by echoing the validated names), on a path with a parameter. Each response
 * names the id it served, so a client can tell its own answer from another thread's.
 */
@Path("echo/{id}")
@CrossOrigin(origins = {"https://app.example.com", "https://*.tenant.example"}, credentials = true,
        allowedHeaders = "*", exposedHeaders = "X-Id")
public class EchoResource {

    @GET
    public Response get(@PathParam("id") String id) {
        return Response.ok("echo " + id).header("X-Id", id).build();
    }

    @PUT
    public Response put(@PathParam("id") String id, String body) {
        return Response.ok("put " + id + " " + body.length()).header("X-Id", id).build();
    }
}
