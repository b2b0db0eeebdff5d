package org.corsgen.browser.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A page served by the API itself: its scripts call the API same-origin. */
@Path("page")
public class PageResource {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>same-origin page</title></head>"
                + "<body>served by the API</body></html>";
    }
}
