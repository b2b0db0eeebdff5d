package org.corsgen.browser.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * JSON writes: each needs a preflight. No annotation of its own: the package policy, with the default
 * methods (those served: POST here, PUT/PATCH/DELETE on {@code {id}}) and the default allowed header
 * ({@code Content-Type}).
 */
@Path("items")
public class ItemResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@QueryParam(Evidence.CASE_PARAMETER) String c, String body) {
        Evidence.ran(c, "POST items");
        return Response.status(Response.Status.CREATED).entity("{\"created\":true}").build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String replace(@QueryParam(Evidence.CASE_PARAMETER) String c, @PathParam("id") String id, String body) {
        Evidence.ran(c, "PUT items/{id}");
        return "{\"replaced\":true}";
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String amend(@QueryParam(Evidence.CASE_PARAMETER) String c, @PathParam("id") String id, String body) {
        Evidence.ran(c, "PATCH items/{id}");
        return "{\"amended\":true}";
    }

    @DELETE
    @Path("{id}")
    public Response remove(@QueryParam(Evidence.CASE_PARAMETER) String c, @PathParam("id") String id) {
        Evidence.ran(c, "DELETE items/{id}");
        return Response.noContent().build();
    }
}
