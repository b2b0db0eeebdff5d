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
    /** A value no read returns: comparing with it keeps a read the JIT could otherwise drop. */
    private static final Object NEVER = new Object();
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

    /**
     * The "read floor" of a scenario: the header floor plus the reads that any correct CORS filter must make
     * before it can write those headers, and nothing else (no route, no validation): the request's
     * {@code Origin} (to know there is none, or which it is), the response's {@code Vary} (to add to it
     * rather than overwrite what the application put there) and, for the preflight, the
     * {@code Access-Control-Request-Method} and {@code -Headers} it must answer. Same output as the header floor.
     *
     * @return the read floor filter for {@code scenario}
     */
    public static Object readFloor(Scenario scenario) {
        switch (scenario) {
            case NO_ORIGIN:
            case DISALLOWED:
                return new ReadVaryOnly();
            case PREFLIGHT:
                return new ReadPreflight();
            default:
                return new ReadAllowedActual();
        }
    }

    /** {@link VaryOnly} after reading {@code Origin} and the response's {@code Vary}. */
    static final class ReadVaryOnly implements ContainerRequestFilter, ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            // nothing in the request phase
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            if (request.getHeaderString("Origin") == NEVER || headers.get(VARY) == NEVER) {
                return; // never true: keeps the two reads
            }
            headers.putSingle(VARY, "Origin");
        }
    }

    /** {@link AllowedActual} after reading the response's {@code Vary} (it reads {@code Origin} to echo it). */
    static final class ReadAllowedActual implements ContainerRequestFilter, ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            // nothing in the request phase
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            if (headers.get(VARY) == NEVER) {
                return; // never true: keeps the read
            }
            headers.putSingle(VARY, "Origin");
            headers.putSingle(ACAO, request.getHeaderString("Origin"));
            headers.putSingle(ACAC, "true");
            headers.putSingle(ACEH, "X-Total");
        }
    }

    /** {@link Preflight} after reading {@code Access-Control-Request-Method} and {@code -Headers}. */
    static final class ReadPreflight implements ContainerRequestFilter, ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getHeaderString("Access-Control-Request-Method") == NEVER
                    || request.getHeaders().get("Access-Control-Request-Headers") == NEVER) {
                return; // never true in the scenario: keeps the two reads
            }
            request.abortWith(Response.noContent()
                    .header(ACAO, request.getHeaderString("Origin"))
                    .header(ACAC, "true")
                    .header(ACAM, request.getHeaderString("Access-Control-Request-Method"))
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
                    .header(ACAM, "PUT")
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
