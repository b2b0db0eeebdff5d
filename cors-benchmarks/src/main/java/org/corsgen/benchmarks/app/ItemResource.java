package org.corsgen.benchmarks.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.corsgen.CrossOrigin;

/**
 * The one policy every competitor is configured with (issue 6): two origins, credentials, GET/PUT,
 * {@code Content-Type} + {@code X-Req}, exposed {@code X-Total}, max-age 600. The processor turns this
 * module's resources into {@code AppCorsFilter}, the filter the benchmarks drive.
 */
@Path("items")
@CrossOrigin(
        origins = {"https://app.example.com", "https://admin.example.com"},
        credentials = true,
        methods = {"GET", "PUT"},
        allowedHeaders = {"Content-Type", "X-Req"},
        exposedHeaders = "X-Total",
        maxAge = 600)
public class ItemResource {

    @GET
    public String list() {
        return "[]";
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        return id;
    }

    @PUT
    @Path("{id}")
    public void replace(@PathParam("id") String id, String body) {
        // never called: the benchmarks drive the filter only
    }
}
