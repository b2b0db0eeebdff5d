package org.corsgen.gradle.shop;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.corsgen.CrossOrigin;

@Path("products")
@CrossOrigin(origins = "https://shop.example.com", credentials = true, exposedHeaders = "X-Total-Count")
public class ProductResource {

    @GET
    public Response list() {
        return Response.ok("[]").header("X-Total-Count", "0").build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    public String replace(@PathParam("id") long id, String body) {
        return "replaced " + id;
    }
}
