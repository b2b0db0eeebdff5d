package org.corsgen.browser.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** The catch-all mapper README recommends: Jersey runs no response filter for an unmapped exception. */
public final class CatchAllMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException) {
            return ((WebApplicationException) e).getResponse();
        }
        return Response.serverError().type(MediaType.TEXT_PLAIN).entity("internal error").build();
    }
}
