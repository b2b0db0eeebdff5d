package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.corsgen.CrossOrigin;

/** Origin patterns and Private Network Access, on a root template with a parameter. */
@Path("partners/{partner}")
@CrossOrigin(origins = {"https://*.partner.example", "http://localhost:*"}, privateNetwork = true)
public class PartnerResource {

    @GET
    public String get(@PathParam("partner") String partner) {
        return "partner " + partner;
    }
}
