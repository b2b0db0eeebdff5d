package org.corsgen.example.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409 for {@link OrderConflictException}; the CORS headers are added to mapped responses too. */
@Provider
public class ConflictMapper implements ExceptionMapper<OrderConflictException> {

    @Override
    public Response toResponse(OrderConflictException e) {
        return Response.status(Response.Status.CONFLICT)
                .type(MediaType.APPLICATION_JSON)
                .entity("{\"error\":\"" + e.getMessage() + "\"}")
                .build();
    }
}
