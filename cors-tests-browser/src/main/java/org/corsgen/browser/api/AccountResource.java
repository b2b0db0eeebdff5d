package org.corsgen.browser.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.corsgen.CrossOrigin;

/**
 * A cookie session across origins: {@code credentials = true}. The page logs in with a credentialed
 * {@code fetch()} (the response sets the cookie) and then sends it with a JSON {@code PUT}, whose
 * preflight carries no cookie.
 */
@Path("account")
@CrossOrigin(credentials = true, exposedHeaders = "X-Account")
public class AccountResource {

    public static final String SESSION = "s3cr3t";

    @POST
    @Path("login")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public Response login(@QueryParam(Evidence.CASE_PARAMETER) String c, String body) {
        Evidence.ran(c, "POST account/login");
        // SameSite=Lax: the page (localhost:47301) and the API (localhost:<port>) are the same site
        return Response.ok("logged in")
                .header(HttpHeaders.SET_COOKIE, "session=" + SESSION + "; Path=/; HttpOnly; SameSite=Lax")
                .build();
    }

    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    public Response update(@QueryParam(Evidence.CASE_PARAMETER) String c, @CookieParam("session") String session,
            String body) {
        Evidence.ran(c, "PUT account/me");
        if (!SESSION.equals(session)) {
            return Response.status(Response.Status.UNAUTHORIZED).entity("no session").build();
        }
        return Response.ok("updated").header("X-Account", "alice").build();
    }
}
