package org.corsgen.browser.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.corsgen.CrossOrigin;

/** Both spellings of the page server are listed: browsers treat them as two origins. */
@Path("two-names")
@CrossOrigin(origins = {Origins.ALLOWED, Origins.ALLOWED_BY_IP})
public class TwoNamesResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String get(@QueryParam(Evidence.CASE_PARAMETER) String c) {
        Evidence.ran(c, "GET two-names");
        return "two names";
    }
}
