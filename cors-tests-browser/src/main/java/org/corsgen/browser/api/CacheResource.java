package org.corsgen.browser.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.corsgen.CrossOrigin;

/** Preflight caching: the package's {@code maxAge = 600}, and {@code maxAge = 0} (do not cache). */
@Path("cache")
public class CacheResource {

    @PUT
    @Path("cached")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cached(@QueryParam(Evidence.CASE_PARAMETER) String c, String body) {
        Evidence.ran(c, "PUT cache/cached");
        return Response.noContent().build();
    }

    @PUT
    @Path("uncached")
    @Consumes(MediaType.APPLICATION_JSON)
    @CrossOrigin(maxAge = 0)
    public Response uncached(@QueryParam(Evidence.CASE_PARAMETER) String c, String body) {
        Evidence.ran(c, "PUT cache/uncached");
        return Response.noContent().build();
    }
}
