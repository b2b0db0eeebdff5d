package org.corsgen.browser.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A typical authentication filter, deliberately unaware of CORS: every request to {@code secure} without
 * the right bearer token gets 401, OPTIONS included. Registered with {@code Priorities.AUTHENTICATION}, so
 * the CORS filter (900) answers preflights (which never carry credentials) before this filter sees them.
 */
@PreMatching
public final class BearerAuthFilter implements ContainerRequestFilter {

    public static final String TOKEN = "Bearer letmein";

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if ((relative.equals("secure") || relative.startsWith("secure/"))
                && !TOKEN.equals(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .entity("no token")
                    .build());
        }
    }
}
