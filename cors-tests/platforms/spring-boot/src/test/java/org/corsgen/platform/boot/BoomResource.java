package org.corsgen.platform.boot;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.corsgen.CrossOrigin;

/**
 * A resource with a mistake: it throws an exception no mapper of the application maps (the shop has no
 * catch-all mapper). Its own corsgen module (compiled with this module's tests), registered only by
 * {@link SpringBootJerseyTest}: what a page sees of an unmapped exception under Boot's Jersey.
 */
@Path("boom")
@CrossOrigin(origins = "https://app.example.com")
public class BoomResource {

    @GET
    public String fail() {
        throw new IllegalStateException("a bug in the resource");
    }
}
