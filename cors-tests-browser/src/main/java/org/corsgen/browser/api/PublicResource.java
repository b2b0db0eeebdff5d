package org.corsgen.browser.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.corsgen.CrossOrigin;

/** A public API: {@code origins = "*"} (credential-free, as the compiler insists). */
@Path("public")
@CrossOrigin(origins = "*", exposedHeaders = "X-Exposed")
public class PublicResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Response get(@QueryParam(Evidence.CASE_PARAMETER) String c) {
        Evidence.ran(c, "GET public");
        return Response.ok("public").header("X-Exposed", "shown").build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    public String put(@QueryParam(Evidence.CASE_PARAMETER) String c, String body) {
        Evidence.ran(c, "PUT public");
        return "stored";
    }
}
