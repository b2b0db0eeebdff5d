package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.corsgen.CrossOrigin;

/** A credential-free {@code "*"} policy. The resource writes its own, wrong, Allow-Origin header. */
@Path("public")
@CrossOrigin(origins = "*", exposedHeaders = "X-Api-Version")
public class PublicResource {

    @GET
    public Response get() {
        return Response.ok("public").header("Access-Control-Allow-Origin", "https://set-by-the-app.example")
                .header("X-Api-Version", "1").build();
    }
}
