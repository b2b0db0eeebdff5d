package org.corsgen.browser.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Error statuses the page must be able to read: 404, 400 (after a preflight) and 500 (via the mapper). */
@Path("errors")
public class ErrorResource {

    @GET
    @Path("missing")
    public String missing(@QueryParam(Evidence.CASE_PARAMETER) String c) {
        Evidence.ran(c, "GET errors/missing");
        throw new NotFoundException("nothing here");
    }

    @PUT
    @Path("invalid")
    @Consumes(MediaType.APPLICATION_JSON)
    public String invalid(@QueryParam(Evidence.CASE_PARAMETER) String c, String body) {
        Evidence.ran(c, "PUT errors/invalid");
        throw new BadRequestException("invalid body");
    }

    @GET
    @Path("boom")
    public String boom(@QueryParam(Evidence.CASE_PARAMETER) String c) {
        Evidence.ran(c, "GET errors/boom");
        throw new IllegalStateException("always fails");
    }
}
