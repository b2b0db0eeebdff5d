package org.corsgen.benchmarks.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.corsgen.benchmarks.Scenario;

/**
 * The "header floor" of a scenario: a filter that checks nothing and unconditionally writes the response
 * headers corsgen writes in that scenario (for the preflight: builds the same 204 {@code Response} and aborts
 * with it). Its cost is what the JAX-RS API itself charges for corsgen's output; the correctness check
 * asserts that its output equals corsgen's.
 */
public final class HeaderFloor {

    static final String VARY = "Vary";
    static final String ACAO = "Access-Control-Allow-Origin";
    static final String ACAC = "Access-Control-Allow-Credentials";
    static final String ACAM = "Access-Control-Allow-Methods";
    static final String ACAH = "Access-Control-Allow-Headers";
    static final String ACEH = "Access-Control-Expose-Headers";
    static final String MAX_AGE = "Access-Control-Max-Age";
    static final String PREFLIGHT_VARY = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

    private HeaderFloor() {
    }

    /** @return the floor filter for {@code scenario} */
    public static Object of(Scenario scenario) {
        switch (scenario) {
            case NO_ORIGIN:
            case DISALLOWED:
                return new VaryOnly();
            case PREFLIGHT:
                return new Preflight();
            default:
                return new AllowedActual();
        }
    }

    /** No {@code Origin} or a refused one: corsgen only appends {@code Vary: Origin}. */
    static final class VaryOnly implements ContainerRequestFilter, ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            // nothing in the request phase
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            response.getHeaders().putSingle(VARY, "Origin");
        }
    }

    /** An allowed actual request: the origin echoed, credentials, exposed headers, {@code Vary}. */
    static final class AllowedActual implements ContainerRequestFilter, ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            // nothing in the request phase
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle(VARY, "Origin");
            headers.putSingle(ACAO, request.getHeaderString("Origin"));
            headers.putSingle(ACAC, "true");
            headers.putSingle(ACEH, "X-Total");
        }
    }

    /** An allowed preflight: the same 204 answer, built the same way, with nothing validated. */
    static final class Preflight implements ContainerRequestFilter, ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            request.abortWith(Response.noContent()
                    .header(ACAO, request.getHeaderString("Origin"))
                    .header(ACAC, "true")
                    .header(ACAM, "GET,PUT")
                    .header(ACAH, "Content-Type,X-Req")
                    .header(MAX_AGE, "600")
                    .header(VARY, PREFLIGHT_VARY)
                    .build());
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            // the preflight was answered
        }
    }
}
