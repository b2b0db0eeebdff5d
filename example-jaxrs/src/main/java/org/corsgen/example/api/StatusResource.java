package org.corsgen.example.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.corsgen.CrossOrigin;

/** A public, credential-free endpoint: any origin may read it, and one response header is exposed. */
@Path("status")
@CrossOrigin(origins = "*", exposedHeaders = "X-Api-Version")
public class StatusResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response status() {
        return Response.ok("{\"status\":\"ok\"}")
                .header("X-Api-Version", "1")
                .header("X-Internal", "not exposed")
                // left over from a hand-written CORS filter: corsgen replaces it, never sends two
                .header("Access-Control-Allow-Origin", "https://old.example.com")
                .build();
    }
}
