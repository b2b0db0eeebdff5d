package org.corsgen.conformance.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.corsgen.CrossOrigin;

/** Reached only through {@link ItemResource#parts}: takes the locator's policy as its outer level. */
@CrossOrigin(exposedHeaders = "X-Part-Count")
public class PartResource {

    private final long item;

    public PartResource(long item) {
        this.item = item;
    }

    @GET
    public Response list() {
        return Response.ok("parts of " + item).header("X-Part-Count", "3").build();
    }

    @GET
    @Path("{part}")
    public String one(@PathParam("part") String part) {
        return "part " + part + " of " + item;
    }

    @DELETE
    @Path("{part}")
    @CrossOrigin(origins = "http://localhost:8081")
    public Response remove(@PathParam("part") String part) {
        return Response.noContent().build();
    }
}
