package org.corsgen.runtime;

/** Names of the headers the CORS protocol reads and writes. */
final class CorsHeaders {

    static final String ORIGIN = "Origin";
    static final String VARY = "Vary";
    static final String REQUEST_METHOD = "Access-Control-Request-Method";
    static final String REQUEST_HEADERS = "Access-Control-Request-Headers";
    static final String REQUEST_PRIVATE_NETWORK = "Access-Control-Request-Private-Network";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
    static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
    static final String ALLOW_PRIVATE_NETWORK = "Access-Control-Allow-Private-Network";
    static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    static final String MAX_AGE = "Access-Control-Max-Age";

    /** What a preflight answer varies on, for policies whose origin answer depends on the request. */
    static final String PREFLIGHT_VARY = ORIGIN + ", " + REQUEST_METHOD + ", " + REQUEST_HEADERS;
    /** What a preflight answer of a credential-free {@code *} policy varies on. */
    static final String PREFLIGHT_VARY_ANY_ORIGIN = REQUEST_METHOD + ", " + REQUEST_HEADERS;

    private CorsHeaders() {
    }
}
