package org.corsgen.hardening.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Policy E: one exact origin, with credentials and an exposed header. */
@Path("exact")
@CrossOrigin(origins = "https://app.example.com", credentials = true, exposedHeaders = "X-Trace")
public class ExactResource {

    @GET
    public String get() {
        return "exact";
    }

    @PUT
    public String put(String body) {
        return "put " + body.length();
    }

    @DELETE
    public void delete() {
        // nothing to delete: the test only looks at headers
    }
}
