package org.corsgen.example.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.corsgen.CrossOrigin;

/**
 * Patterns: every subdomain of {@code partner.example} over https, and any local development port.
 * The path parameter is part of the route the filter matches. Private Network Access is answered, for
 * partner pages that call a locally running copy of this API.
 */
@Path("partners/{partner}")
@CrossOrigin(origins = {"https://*.partner.example", "http://localhost:*"}, privateNetwork = true)
public class PartnerResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String partner(@PathParam("partner") String partner) {
        return "{\"partner\":\"" + partner.replaceAll("[^A-Za-z0-9-]", "") + "\"}";
    }
}
