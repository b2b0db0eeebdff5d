package org.corsgen.conformance.generated;

import static org.corsgen.testsupport.CorsHeaders.ACAC;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.http.HttpResponse;
import java.util.List;

import org.corsgen.testsupport.Http;

/**
 * Origins, policies and assertions of the fixed tests of issue 11's four cases ({@code *CaseTest}). Their
 * sets live below the prefix {@value #PREFIX}, which no other resource of the suite claims.
 */
final class IssueCases {

    static final String PREFIX = "i11";
    static final String OPEN = ResourceSetGenerator.OPEN;
    static final String STRICT = ResourceSetGenerator.STRICT;

    private IssueCases() {
    }

    /**
     * @return {@code @CrossOrigin(origins = origin, credentials = credentials, methods = methods,
     *     allowedHeaders = "Content-Type", exposedHeaders = {})}
     */
    static CrossOriginSpec policy(String origin, boolean credentials, String... methods) {
        return CrossOriginSpec.full(List.of(origin), credentials, List.of(methods), List.of("Content-Type"), List.of());
    }

    static String ran(HttpResponse<?> r) {
        return Http.one(r, ResourceSet.RAN);
    }

    /** Asserts that {@code method} ran and the response grants nothing. */
    static void assertRanWithoutGrant(String method, HttpResponse<?> r) {
        assertEquals(method, ran(r), "the method that ran; headers " + r.headers().map());
        assertEquals(List.of(), Http.all(r, ACAO), "no grant: " + method + "'s policy does not allow the origin;"
                + " headers " + r.headers().map());
        assertEquals(List.of(), Http.all(r, ACAC), "no credentials; headers " + r.headers().map());
    }

    /** Asserts that {@code method} ran and the response grants {@code origin}, with credentials or without. */
    static void assertRanWithGrant(String method, String origin, boolean credentials, HttpResponse<?> r) {
        assertEquals(method, ran(r), "the method that ran; headers " + r.headers().map());
        assertEquals(List.of(origin), Http.all(r, ACAO), "the grant of " + method + "'s policy; headers "
                + r.headers().map());
        assertEquals(credentials ? List.of("true") : List.of(), Http.all(r, ACAC), "credentials as " + method
                + "'s policy says; headers " + r.headers().map());
    }

    /** Asserts that a preflight was not allowed: not 204, no grant, and no method ran. */
    static void assertRefusedPreflight(HttpResponse<?> r) {
        assertNotEquals(204, r.statusCode(), "the preflight must not be allowed; headers " + r.headers().map());
        assertEquals(List.of(), Http.all(r, ACAO), "a refused preflight grants nothing; headers " + r.headers().map());
        assertEquals(null, ran(r), "a preflight runs no resource method");
    }

    /** Asserts that a preflight was allowed for {@code origin}, and ran no method. */
    static void assertAllowedPreflight(String origin, HttpResponse<?> r) {
        assertEquals(204, r.statusCode(), "the preflight must be allowed; headers " + r.headers().map());
        assertEquals(List.of(origin), Http.all(r, ACAO), "headers " + r.headers().map());
        assertEquals(null, ran(r), "a preflight runs no resource method");
    }
}
