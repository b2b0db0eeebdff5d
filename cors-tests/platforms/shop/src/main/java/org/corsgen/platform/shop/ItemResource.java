package org.corsgen.platform.shop;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.corsgen.CrossOrigin;

/**
 * Credentialed items: a class policy over the package's origins, and a method ({@code DELETE}) that only
 * the admin origin may call. {@code GET items/404} answers 404 from the resource, {@code GET items/409}
 * throws {@link ItemConflictException}, which {@link ItemConflictMapper} turns into 409.
 */
@Path("items")
@CrossOrigin(credentials = true, exposedHeaders = "X-Total-Count")
public class ItemResource {

    public static final long MISSING = 404;
    public static final long CONFLICT = 409;

    @GET
    public Response list() {
        // the application's own Vary: CORS must extend it, not replace it
        return Response.ok("[1,2]").header("Vary", "Accept-Encoding").header("X-Total-Count", "2").build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public String get(@PathParam("id") long id) {
        if (id == MISSING) {
            throw new NotFoundException();
        }
        if (id == CONFLICT) {
            throw new ItemConflictException(id);
        }
        return "item " + id;
    }

    @PUT
    @Path("{id: [0-9]+}")
    public String replace(@PathParam("id") long id, String body) {
        return "replaced " + id;
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @CrossOrigin(origins = "https://admin.example.com")
    public Response delete(@PathParam("id") long id) {
        return Response.noContent().build();
    }
}
