package org.corsgen.platform.shop;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * A typical authentication filter, as early as it can be (pre-matching, {@code AUTHENTICATION}
 * priority): 401 to any request under {@code secure} without {@code Authorization}, OPTIONS included.
 * Preflights never carry credentials, so corsgen must answer them before this filter runs.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if ((relative.equals("secure") || relative.startsWith("secure/"))
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"shop\"").build());
        }
    }
}
