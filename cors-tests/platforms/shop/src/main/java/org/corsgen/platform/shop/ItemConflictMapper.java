package org.corsgen.platform.shop;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An exception mapper's response must carry the route's CORS headers like any other. */
@Provider
public class ItemConflictMapper implements ExceptionMapper<ItemConflictException> {

    @Override
    public Response toResponse(ItemConflictException e) {
        return Response.status(Response.Status.CONFLICT).entity(e.getMessage()).build();
    }
}
