package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** The second module's credential-free public endpoint. */
@Path("statements")
@CrossOrigin(origins = "*", maxAge = 60)
public class StatementResource {

    @GET
    public String list() {
        return "[]";
    }
}
