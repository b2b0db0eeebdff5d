package org.corsgen.hardening.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Policy A: any origin ({@code "*"}, hence no credentials). */
@Path("any")
@CrossOrigin(origins = "*")
public class AnyResource {

    @GET
    public String get() {
        return "any";
    }

    @PUT
    public String put(String body) {
        return "put " + body.length();
    }
}
