package org.corsgen.browser.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.corsgen.CrossOrigin;

/**
 * {@code allowedHeaders = "*"}: every valid name but Authorization, as browsers read
 * {@code Access-Control-Allow-Headers: *}; {@code {"*", "Authorization"}} covers Authorization too. Both are
 * answered by echoing the validated names.
 */
@Path("any-header")
@CrossOrigin(allowedHeaders = "*")
public class AnyHeaderResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String get(@QueryParam(Evidence.CASE_PARAMETER) String c, @HeaderParam("X-Anything") String anything) {
        Evidence.ran(c, "GET any-header");
        return "x-anything=" + anything;
    }

    @GET
    @Path("authorization")
    @CrossOrigin(allowedHeaders = {"*", "Authorization"})
    @Produces(MediaType.TEXT_PLAIN)
    public String withAuthorization(@QueryParam(Evidence.CASE_PARAMETER) String c,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Evidence.ran(c, "GET any-header/authorization");
        return "authorization=" + authorization;
    }
}
