package org.corsgen.example.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey writes the 500 of an <em>unmapped</em> exception itself, without running response filters, so
 * such a response would reach the browser without CORS headers and the page would only see
 * "Failed to fetch". A catch-all mapper turns every failure into a response that filters see.
 */
@Provider
public class CatchAllMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException) {
            return ((WebApplicationException) e).getResponse();
        }
        return Response.serverError()
                .type(MediaType.APPLICATION_JSON)
                .entity("{\"error\":\"internal error\"}")
                .build();
    }
}
