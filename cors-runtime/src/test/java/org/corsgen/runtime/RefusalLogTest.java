package org.corsgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.corsgen.runtime.headers.RequestedHeaders;
import org.junit.jupiter.api.Test;

/**
 * The reasons debug mode gives for the engine's decisions (origin, then method, then requested headers).
 * The lines themselves, from a real server, are tested in the example module; that debug mode explains the
 * very decision the engine made, in {@code OneDecisionTest} there.
 */
class RefusalLogTest {

    private static final CorsPolicy POLICY = CorsPolicy.builder()
            .origins("https://app.example.com", "https://*.example.org")
            .methods("GET", "PUT")
            .allowedHeaders("Content-Type", "X-Request-Id")
            .build();

    private static String preflight(String origin, String method, String... headerLines) {
        return preflightReason(POLICY, origin, method, headerLines.length == 0 ? null : List.of(headerLines));
    }

    /** The engine's checks of a preflight, in its order, and the words for the refusal. */
    private static String preflightReason(CorsPolicy policy, String origin, String method, List<String> lines) {
        CorsDecision decision = CorsEngine.originAndMethod(policy, origin, method);
        if (decision.isAllowed()) {
            assertNull(RequestedHeaders.validate(lines, policy.allowedHeaders()), "a refused preflight");
            decision = CorsEngine.headersRefused(policy, lines);
        }
        return RefusalLog.reason(decision, origin, method);
    }

    @Test
    void originNotAllowedListsTheAllowedOnes() {
        assertEquals("origin not allowed (allowed: [https://app.example.com, https://*.example.org])",
                preflight("https://evil.example.net", "DELETE"));
    }

    @Test
    void malformedOriginsSayHow() {
        assertEquals("origin malformed: origin \"https://App.example.com\" has upper-case letters; browsers send"
                + " \"https://app.example.com\"", preflight("https://App.example.com", "GET"));
        assertTrue(preflight("null", "GET").startsWith("origin \"null\" (an opaque origin"));
        assertEquals("origin malformed: several origins in one value (several Origin header lines?)",
                preflight("https://app.example.com,https://evil.example.net", "GET"));
        assertEquals("origin malformed: '*' belongs to patterns, never to an origin a browser sends",
                preflight("https://*.example.org", "GET"));
        assertEquals("origin malformed: longer than 1024 characters",
                preflight("https://" + "a".repeat(1100) + ".example.org", "GET"));
    }

    @Test
    void methodNotInTheList() {
        assertEquals("method \"DELETE\" not in [GET, PUT]", preflight("https://app.example.com", "DELETE"));
        assertEquals("method \"patch\" not in [GET, PUT]", preflight("https://a.example.org", "patch"));
        assertEquals("method \"GET, PUT\" malformed (not an HTTP token, or several values)",
                preflight("https://app.example.com", "GET, PUT"));
    }

    @Test
    void headerNotAllowedOrMalformed() {
        assertEquals("header \"x-foo\" not allowed (allowed: [Content-Type, X-Request-Id])",
                preflight("https://app.example.com", "PUT", "content-type,x-foo"));
        assertEquals("header \"x-foo\" not allowed (allowed: [Content-Type, X-Request-Id])",
                preflight("https://app.example.com", "PUT", "content-type", " x-request-id , x-foo"));
        assertEquals("header \"x foo\" malformed (not an HTTP token)",
                preflight("https://app.example.com", "PUT", "x foo"));
        List<String> many = new ArrayList<>(Collections.nCopies(65, "content-type"));
        assertEquals("more than 64 requested headers",
                preflight("https://app.example.com", "PUT", String.join(",", many)));
        assertEquals("more than 64 Access-Control-Request-Headers lines",
                preflightReason(POLICY, "https://app.example.com", "PUT", many));
        assertEquals("requested headers longer than 4096 characters",
                preflight("https://app.example.com", "PUT", "x".repeat(4097)));
    }

    @Test
    void authorizationUnderTheWildcardSaysHowToAllowIt() {
        CorsPolicy any = CorsPolicy.builder().origins("https://app.example.com").methods("GET").allowedHeaders("*")
                .build();
        assertEquals("header \"Authorization\" not allowed (allowed: [*], and \"*\" covers every valid name but"
                + " Authorization, as in browsers: list it too, allowedHeaders = {\"*\", \"Authorization\"})",
                preflightReason(any, "https://app.example.com", "GET", List.of("x-a, Authorization")));
    }

    @Test
    void allowedHeadersGiveNoHeaderReason() {
        assertNull(RequestedHeaders.refusal(List.of("content-type,x-request-id"), POLICY.allowedHeaders()));
        assertNull(RequestedHeaders.refusal(null, POLICY.allowedHeaders()));
    }

    @Test
    void requestValuesAreQuotedEscapedAndCut() {
        assertEquals("\"a\\\"b\\\\c\\u000d\\u000aX: y\\u00e9\"", RefusalLog.quote("a\"b\\c\r\nX: y\u00e9"));
        String longValue = "x".repeat(500);
        assertEquals("\"" + "x".repeat(RefusalLog.MAX_SHOWN) + "\"... (500 characters)", RefusalLog.quote(longValue));
        assertEquals("null", RefusalLog.quote(null));
    }
}
