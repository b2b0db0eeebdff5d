package org.corsgen.hardening.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** Policy S: several exact origins of every host kind (name, localhost with port, IPv6, punycode, IPv4). */
@Path("several")
@CrossOrigin(origins = {"https://app.example.com", "http://localhost:3000", "http://[::1]:8080",
    "https://xn--bcher-kva.example", "http://127.0.0.1:9000"}, credentials = true)
public class SeveralResource {

    @GET
    public String get() {
        return "several";
    }

    @PUT
    public String put(String body) {
        return "put " + body.length();
    }
}
