package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Has its own {@code @OPTIONS} method, which marks its answers: plain OPTIONS requests must reach it,
 * preflights (allowed or refused) must not. Its policy is the package's.
 */
@Path("documents")
public class DocumentResource {

    public static final String HANDLED_BY = "X-Handled-By";

    @GET
    public String list() {
        return "[]";
    }

    @OPTIONS
    public Response options() {
        return Response.ok().header("Allow", "GET, OPTIONS").header(HANDLED_BY, "DocumentResource.options").build();
    }
}
