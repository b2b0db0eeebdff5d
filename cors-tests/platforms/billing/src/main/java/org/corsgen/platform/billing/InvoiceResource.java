package org.corsgen.platform.billing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/** The second module: only the billing origin, and only here. */
@Path("invoices")
@CrossOrigin(origins = "https://billing.example.com", exposedHeaders = "X-Invoice-Count")
public class InvoiceResource {

    @GET
    public String list() {
        return "[]";
    }

    @POST
    public String create(String body) {
        return "created";
    }
}
