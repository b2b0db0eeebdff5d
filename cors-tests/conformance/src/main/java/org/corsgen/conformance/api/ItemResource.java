package org.corsgen.conformance.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.corsgen.CrossOrigin;

/**
 * A credentialed resource: path parameters with a regex, a method-level override, a sub-resource
 * locator, and every kind of error response (404, 405, {@code WebApplicationException}, a mapped
 * exception, an unmapped one turned into 500 by the catch-all mapper).
 */
@Path("items")
@CrossOrigin(credentials = true, exposedHeaders = "X-Total-Count")
public class ItemResource {

    /** {@code GET items/404} answers 404 from the resource itself. */
    public static final long MISSING = 404;
    /** {@code GET items/403} throws a {@code WebApplicationException} (403). */
    public static final long FORBIDDEN = 403;
    /** {@code GET items/409} throws {@link ItemConflictException}, mapped to 409. */
    public static final long CONFLICT = 409;

    @GET
    public Response list() {
        // the application's own Vary: CORS must extend it, not replace it
        return Response.ok("[1,2]").header("Vary", "Accept-Encoding").header("X-Total-Count", "2").build();
    }

    @POST
    public Response create(String body) {
        return Response.status(Response.Status.CREATED).entity("created").build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public String get(@PathParam("id") long id) {
        if (id == MISSING) {
            throw new NotFoundException();
        }
        if (id == FORBIDDEN) {
            throw new ForbiddenException();
        }
        if (id == CONFLICT) {
            throw new ItemConflictException(id);
        }
        return "item " + id;
    }

    @PUT
    @Path("{id: [0-9]+}")
    public String replace(@PathParam("id") long id, @HeaderParam("X-Request-Id") String requestId, String body) {
        return "replaced " + id;
    }

    @PATCH
    @Path("{id: [0-9]+}")
    public String patch(@PathParam("id") long id, String body) {
        return "patched " + id;
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @CrossOrigin(origins = "http://localhost:8081", maxAge = 0)
    public Response delete(@PathParam("id") long id) {
        return Response.noContent().build();
    }

    @Path("{id: [0-9]+}/parts")
    public PartResource parts(@PathParam("id") long id) {
        return new PartResource(id);
    }

    @GET
    @Path("fail")
    public String fail() {
        throw new IllegalStateException("no mapper handles this one but the catch-all");
    }
}
