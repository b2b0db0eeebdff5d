package org.corsgen.hardening.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Policy P: a subdomain pattern and a port pattern. */
@Path("patterns")
@CrossOrigin(origins = {"https://*.example.com", "http://localhost:*"})
public class PatternResource {

    @GET
    public String get() {
        return "patterns";
    }

    @PUT
    public String put(String body) {
        return "put " + body.length();
    }
}
