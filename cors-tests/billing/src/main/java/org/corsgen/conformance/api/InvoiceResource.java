package org.corsgen.conformance.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.corsgen.CrossOrigin;

/**
 * A resource of the second module, with its own origin: answered by {@code BillingCorsFilter}, never
 * by the conformance module's filter. Its {@code Vary} header proves the two filters do not both add
 * to it.
 */
@Path("invoices")
@CrossOrigin(origins = "https://billing.example.com", credentials = true, exposedHeaders = "X-Invoice-Total")
public class InvoiceResource {

    @GET
    public Response list() {
        return Response.ok("[]").header("Vary", "Accept-Language").header("X-Invoice-Total", "0").build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public String get(@PathParam("id") long id) {
        return "invoice " + id;
    }

    @POST
    public Response create(String body) {
        return Response.status(Response.Status.CREATED).build();
    }
}
