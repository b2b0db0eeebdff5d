package org.corsgen.browser.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.corsgen.CrossOrigin;

/**
 * Two methods at one path with two policies: the allowed page origin may {@code PUT}, but {@code DELETE}
 * has a method-level policy of its own that allows only {@link #ADMIN}. The browser caches every method of
 * a preflight's {@code Access-Control-Allow-Methods} for the origin and URL (for {@code maxAge}), so the
 * {@code PUT} preflight must not list {@code DELETE}: the page would then send its {@code DELETE} without
 * the preflight that the {@code DELETE} policy refuses.
 */
@Path("guarded")
@CrossOrigin(origins = Origins.ALLOWED, credentials = true, maxAge = 600)
public class GuardedResource {

    /** The only origin that may delete: no page is served there, it only has to differ from the page's. */
    public static final String ADMIN = "http://localhost:47303";

    @PUT
    @Path("{id}")
    public Response replace(@QueryParam(Evidence.CASE_PARAMETER) String c, @PathParam("id") String id) {
        Evidence.ran(c, "PUT guarded/{id}");
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    @CrossOrigin(origins = ADMIN)
    public Response remove(@QueryParam(Evidence.CASE_PARAMETER) String c, @PathParam("id") String id) {
        Evidence.ran(c, "DELETE guarded/{id}");
        return Response.noContent().build();
    }
}
