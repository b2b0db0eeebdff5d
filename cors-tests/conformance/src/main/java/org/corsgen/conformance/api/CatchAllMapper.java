package org.corsgen.conformance.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The README's remedy for Jersey, which writes unmapped 500s without running response filters. */
@Provider
public class CatchAllMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException w) {
            return w.getResponse();
        }
        return Response.serverError().entity("failed").build();
    }
}
