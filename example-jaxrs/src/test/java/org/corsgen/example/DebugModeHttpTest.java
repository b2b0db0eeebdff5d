package org.corsgen.example;

import static org.corsgen.example.ExampleCorsHttpTest.EVIL;
import static org.corsgen.example.ExampleCorsHttpTest.PAGE;
import static org.corsgen.example.ExampleCorsHttpTest.PAGE_IP;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACRH;
import static org.corsgen.testsupport.CorsHeaders.ACRM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corsgen.testsupport.Http;
import org.corsgen.testsupport.LogCapture;
import org.corsgen.testsupport.RawHttp;

/**
 * Debug mode on real Jersey: the example API started twice on loopback, once with the application property
 * {@code corsgen.debug = true} (read by the generated feature) and once without. Every refusal kind gives
 * exactly one DEBUG line naming the route, the request, the origin and the reason; allowed requests and
 * the server without debug mode give none; no response ever carries the reason. The lines are captured
 * where {@code System.Logger} sends them by default, {@code java.util.logging} ({@link LogCapture}).
 */
class DebugModeHttpTest {

    static final String PACKAGE_ORIGINS = "[https://app.example.com, http://localhost:8081, http://127.0.0.1:8081]";

    static ExampleServer debugServer;
    static ExampleServer plainServer;
    static Http debug;
    static Http plain;
    /** DEBUG (java.util.logging FINE) and INFO records of the {@code org.corsgen} logger. */
    static LogCapture log;

    @BeforeAll
    static void start() throws Exception {
        log = new LogCapture(Level.FINE);
        debugServer = ExampleServer.start(0, -1, Map.of("corsgen.debug", "true"));
        plainServer = ExampleServer.start(0, -1);
        debug = new Http(debugServer.apiBase());
        plain = new Http(plainServer.apiBase());
    }

    @AfterAll
    static void stop() {
        try {
            if (debugServer != null) {
                debugServer.close();
            }
            if (plainServer != null) {
                plainServer.close();
            }
        } finally {
            if (log != null) {
                log.close();
            }
        }
    }

    @BeforeEach
    void clear() {
        log.clear(Level.FINE);
    }

    static HttpResponse<String> preflight(Http http, String path, String origin, String method, String... more)
            throws Exception {
        return http.preflight(path, origin, method, more);
    }

    /** @return the DEBUG lines, without the route report that debug mode also logs at start-up */
    static List<String> debugLines() {
        return log.at(Level.FINE).stream().filter(m -> !m.contains("the policy of each route"))
                .collect(Collectors.toList());
    }

    /** Asserts a 403 without the reason anywhere in it, and exactly one DEBUG line, which is returned. */
    static String refusedWithOneLine(HttpResponse<String> r) {
        assertEquals(403, r.statusCode());
        String line = oneLine();
        assertNoReasonIn(r, line);
        return line;
    }

    static String oneLine() {
        List<String> lines = debugLines();
        assertEquals(1, lines.size(), lines.toString());
        return lines.get(0);
    }

    static void assertNoReasonIn(HttpResponse<String> r, String line) {
        String reason = line.substring(line.lastIndexOf(": ") + 2);
        assertFalse(r.body().contains(reason) || r.body().contains("allowed") || r.body().contains("malformed"),
                r.body());
        r.headers().map().forEach((name, values) -> values.forEach(v -> assertFalse(
                v.contains("allowed") || v.contains("malformed") || v.contains("corsgen"), name + ": " + v)));
    }

    @Test
    void theFeaturePropertySwitchedDebugModeOn() {
        assertTrue(log.at(Level.INFO).contains("corsgen: debug mode is on: each refused preflight and each"
                + " disallowed origin is logged at DEBUG with its reason (responses never carry it)"),
                log.at(Level.INFO).toString());
    }

    @Test
    void originNotAllowed() throws Exception {
        String line = refusedWithOneLine(preflight(debug, "orders/1", EVIL, "PUT", ACRH, "content-type"));
        assertEquals("corsgen: preflight refused (403): route PUT /orders/{id: [0-9]+}, request OPTIONS \"orders/1\""
                + " for \"PUT\", origin \"https://evil.example.net\": origin not allowed (allowed: " + PACKAGE_ORIGINS
                + ")", line);
    }

    @Test
    void originNotAllowedByAMethodLevelPolicy() throws Exception {
        String line = refusedWithOneLine(preflight(debug, "orders/2", PAGE_IP, "DELETE"));
        assertEquals("corsgen: preflight refused (403): route DELETE /orders/{id: [0-9]+}, request OPTIONS"
                + " \"orders/2\" for \"DELETE\", origin \"http://127.0.0.1:8081\": origin not allowed (allowed:"
                + " [http://localhost:8081])", line);
    }

    @Test
    void malformedOrigin() throws Exception {
        String line = refusedWithOneLine(preflight(debug, "orders/1", "http://Localhost:8081", "PUT"));
        assertEquals("corsgen: preflight refused (403): route PUT /orders/{id: [0-9]+}, request OPTIONS \"orders/1\""
                + " for \"PUT\", origin \"http://Localhost:8081\": origin malformed: origin \"http://Localhost:8081\" has"
                + " upper-case letters; browsers send \"http://localhost:8081\"", line);
    }

    @Test
    void opaqueOrigin() throws Exception {
        String line = refusedWithOneLine(preflight(debug, "orders", "null", "POST"));
        assertTrue(line.startsWith("corsgen: preflight refused (403): route POST /orders, request OPTIONS \"orders\""
                + " for \"POST\", origin \"null\": origin \"null\" (an opaque origin"), line);
    }

    @Test
    void methodNotInTheList() throws Exception {
        String line = refusedWithOneLine(preflight(debug, "status", PAGE, "DELETE"));
        assertEquals("corsgen: preflight refused (403): route GET /status, request OPTIONS \"status\" for \"DELETE\","
                + " origin \"http://localhost:8081\": method \"DELETE\" not in [GET]", line);
        log.clear(Level.FINE);
        String put = refusedWithOneLine(preflight(debug, "orders", PAGE, "PUT"));
        assertTrue(put.endsWith(": method \"PUT\" not in [GET, POST]"), put);
        log.clear(Level.FINE);
        String patch = refusedWithOneLine(preflight(debug, "orders/1", PAGE, "patch"));
        assertTrue(patch.endsWith(": method \"patch\" not in [GET, PUT, PATCH, DELETE]"), patch);
    }

    @Test
    void headerNotAllowed() throws Exception {
        String line = refusedWithOneLine(preflight(debug, "orders/1", PAGE, "PUT", ACRH, "content-type,x-foo"));
        assertEquals("corsgen: preflight refused (403): route PUT /orders/{id: [0-9]+}, request OPTIONS \"orders/1\""
                + " for \"PUT\", origin \"http://localhost:8081\": header \"x-foo\" not allowed (allowed:"
                + " [Content-Type, X-Request-Id])", line);
    }

    @Test
    void malformedOrTooManyHeaders() throws Exception {
        String line = refusedWithOneLine(preflight(debug, "orders/1", PAGE, "PUT", ACRH, "content-type,x foo"));
        assertTrue(line.endsWith(": header \"x foo\" malformed (not an HTTP token)"), line);
        log.clear(Level.FINE);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            many.add("content-type");
        }
        String tooMany = refusedWithOneLine(preflight(debug, "orders/1", PAGE, "PUT", ACRH, String.join(",", many)));
        assertTrue(tooMany.endsWith(": more than 64 requested headers"), tooMany);
    }

    @Test
    void aPathNoResourceMethodMatchesNamesTheClassPolicy() throws Exception {
        String line = refusedWithOneLine(preflight(debug, "orders/1/nothing/here", EVIL, "GET"));
        assertTrue(line.startsWith("corsgen: preflight refused (403): route * /orders (no method matches), request"
                + " OPTIONS \"orders/1/nothing/here\""), line);
    }

    @Test
    void disallowedOriginOnAnActualRequest() throws Exception {
        HttpResponse<String> r = debug.send("GET", "orders", "Origin", EVIL);
        assertEquals(200, r.statusCode(), "the request still runs; only its answer is not shared");
        assertEquals(null, r.headers().firstValue(ACAO).orElse(null));
        String line = oneLine();
        assertEquals("corsgen: origin not allowed, response sent without CORS headers: route GET /orders, request"
                + " \"GET\" \"orders\", origin \"https://evil.example.net\": origin not allowed (allowed: "
                + PACKAGE_ORIGINS + ")", line);
        assertNoReasonIn(r, line);
    }

    @Test
    void hostileValuesCannotForgeLogLines() throws Exception {
        // a control character no client library would send, over a plain socket
        RawHttp.Answer a = RawHttp.send(debugServer.apiPort(), "OPTIONS /api/orders/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Origin: https://evil.example.net\u0001x\r\n" + ACRM + ": PUT");
        assertEquals(403, a.status(), a.raw());
        String line = oneLine();
        assertTrue(line.contains("origin \"https://evil.example.net\\u0001x\": origin malformed: "), line);
        assertFalse(line.contains("\u0001"), line);
        assertFalse(a.raw().contains("malformed"), a.raw());
    }

    @Test
    void allowedAndSameOriginRequestsLogNothing() throws Exception {
        assertEquals(204, preflight(debug, "orders/1", PAGE, "PUT", ACRH, "content-type").statusCode());
        assertEquals(200, debug.send("GET", "orders", "Origin", PAGE).statusCode());
        assertEquals(200, debug.send("GET", "status", "Origin", EVIL).statusCode()); // "*": allowed
        assertEquals(200, debug.send("GET", "orders").statusCode()); // no Origin: not a CORS request
        String own = "http://127.0.0.1:" + debugServer.apiPort();
        assertEquals(200, debug.send("GET", "orders", "Origin", own).statusCode()); // same origin: not CORS
        assertEquals(List.of(), debugLines());
    }

    @Test
    void withoutDebugModeNothingIsLogged() throws Exception {
        assertEquals(403, preflight(plain, "orders/1", EVIL, "PUT").statusCode());
        assertEquals(403, preflight(plain, "status", PAGE, "DELETE").statusCode());
        assertEquals(200, plain.send("GET", "orders", "Origin", EVIL).statusCode());
        assertEquals(List.of(), debugLines());
    }
}
