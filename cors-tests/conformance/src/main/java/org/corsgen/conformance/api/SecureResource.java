package org.corsgen.conformance.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.corsgen.CrossOrigin;

/** Behind {@link AuthenticationFilter}: every request needs an {@code Authorization} header. */
@Path("secure")
@CrossOrigin(credentials = true, allowedHeaders = {"Authorization", "Content-Type"})
public class SecureResource {

    @GET
    public String get() {
        return "secret";
    }

    @DELETE
    public Response delete() {
        return Response.noContent().build();
    }
}
