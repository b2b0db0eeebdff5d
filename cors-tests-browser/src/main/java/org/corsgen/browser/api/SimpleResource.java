package org.corsgen.browser.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.corsgen.CrossOrigin;

/**
 * Simple requests (no preflight): GET, HEAD and POST with each CORS-safelisted body type. One response
 * header is exposed, another is not.
 */
@Path("simple")
@CrossOrigin(exposedHeaders = "X-Exposed")
public class SimpleResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Response get(@QueryParam(Evidence.CASE_PARAMETER) String c) {
        Evidence.ran(c, "GET simple");
        return Response.ok("simple").header("X-Exposed", "shown").header("X-Hidden", "secret").build();
    }

    /** Echoes the {@code Content-Type} the browser chose for the body. */
    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Produces(MediaType.TEXT_PLAIN)
    public String post(@QueryParam(Evidence.CASE_PARAMETER) String c,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        Evidence.ran(c, "POST simple");
        return contentType;
    }
}
