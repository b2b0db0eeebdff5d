package org.corsgen.browser.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.corsgen.CrossOrigin;

/**
 * Behind {@link BearerAuthFilter}. {@code Authorization} is named in {@code allowedHeaders}: the spec says
 * {@code *} never covers it (Chromium lets it, Firefox and Safari do not), so the answer must list it.
 */
@Path("secure")
@CrossOrigin(allowedHeaders = "Authorization")
public class SecureResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String get(@QueryParam(Evidence.CASE_PARAMETER) String c) {
        Evidence.ran(c, "GET secure");
        return "secret";
    }
}
