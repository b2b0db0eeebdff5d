package org.corsgen.benchmarks.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.corsgen.CrossOrigin;

/** The benchmark policy with a subdomain pattern: the request's origin matches the pattern, not an exact origin. */
@Path("tenants")
@CrossOrigin(
        origins = {"https://app.example.com", "https://*.tenants.example.com"},
        credentials = true,
        methods = {"GET", "PUT"},
        allowedHeaders = {"Content-Type", "X-Req"},
        exposedHeaders = "X-Total",
        maxAge = 600)
public class TenantResource {

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
