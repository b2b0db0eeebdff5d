package org.corsgen.conformance.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ItemConflictMapper implements ExceptionMapper<ItemConflictException> {

    @Override
    public Response toResponse(ItemConflictException e) {
        return Response.status(Response.Status.CONFLICT).entity(e.getMessage()).build();
    }
}
