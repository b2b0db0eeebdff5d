package org.corsgen.runtime;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.corsgen.runtime.routing.RouteTable;

/**
 * The request path of a generated CORS filter: classifies each request, answers preflights and
 * decorates responses, using the policy the route table picks. The generated filter only holds data
 * and delegates both filter methods here.
 */
public final class CorsEngine {

    /**
     * The priority the generated {@code Feature} registers the filter with: ahead of
     * {@code Priorities.AUTHENTICATION} (1000) for requests, so preflights are answered before any
     * authentication filter sees them, and (response filters run in reverse order) after the application's
     * own response filters, so the CORS headers are written last and once.
     */
    public static final int PRIORITY = 900;

    private final RouteTable<CorsPolicy> routes;

    public CorsEngine(RouteTable<CorsPolicy> routes) {
        this.routes = routes;
    }

    /** Request phase (pre-matching): answers preflights for routes with a policy; everything else goes on. */
    public void onRequest(ContainerRequestContext request) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Response phase: CORS headers for allowed origins and {@code Vary: Origin} where the answer varies. */
    public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
