package org.corsgen.browser.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.corsgen.CrossOrigin;

/** Custom request headers: an explicit list, written in mixed case (names compare case-insensitively). */
@Path("headers")
@CrossOrigin(allowedHeaders = {"Content-Type", "X-Req", "X-Upper-Case"})
public class HeaderResource {

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    public String put(@QueryParam(Evidence.CASE_PARAMETER) String c, @HeaderParam("X-Req") String req, String body) {
        Evidence.ran(c, "PUT headers");
        return "x-req=" + req;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String get(@QueryParam(Evidence.CASE_PARAMETER) String c, @HeaderParam("X-Upper-Case") String upper) {
        Evidence.ran(c, "GET headers");
        return "x-upper-case=" + upper;
    }
}
