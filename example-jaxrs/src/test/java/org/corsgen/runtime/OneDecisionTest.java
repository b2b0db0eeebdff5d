package org.corsgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.corsgen.runtime.CorsDecision.Outcome;
import org.corsgen.runtime.headers.HeaderRefusal.Rule;
import org.corsgen.testsupport.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Debug mode explains exactly the decision the engine made: a table of requests goes through two engines
 * of the same module, debug mode off and on. Both make the same decision (told to an observer), give the same
 * answer, and the debug engine logs one line for each refusal, which is that decision formatted: the route of
 * the policy that decided and the reason the table expects. Among the rows, requested header lists on which
 * debug mode's own parser (before the decision was one value) gave another reason than the engine's checks:
 * two lines of 2048 characters (4097 with the comma that joins them: too long; it counted 4096 and named a
 * header) and a name ending in a vertical tab (no token; it trimmed it and found nothing wrong).
 *
 * <p>In this module (package {@code org.corsgen.runtime}: the observer is the engine's, package-private)
 * because answering builds {@code Response}s, which need a Jakarta REST implementation (Jersey here).
 */
class OneDecisionTest {

    private static final String APP = "https://app.example.com";
    private static final String OTHER = "https://evil.example.net";
    private static final String HALF = "x".repeat(2048);

    private static final CorsModule MODULE = module();

    private static CorsModule module() {
        CorsStartup startup = new CorsStartup("org.corsgen.runtime.OneDecisionTestFilter");
        CorsPolicy items = CorsPolicy.builder().origins(APP).credentials(true).methods("GET", "PUT")
                .allowedHeaders("Content-Type", "X-Req").exposedHeaders("X-Total").maxAge(600).build();
        CorsPolicy delete = CorsPolicy.builder().origins(APP).methods("DELETE").allowedHeaders("*").build();
        CorsPolicy open = CorsPolicy.builder().origins("*").methods("GET", "POST").allowedHeaders("*").build();
        return startup.finish(startup.module(new CorsPolicy[] {items, delete, open}, """
                node 0 P0 "* /items (no method matches)"
                method "" GET P0 "GET /items"
                method {id} GET P0 "GET /items/{id}"
                method {id} PUT P0 "PUT /items/{id}"
                method {id} DELETE P1 "DELETE /items/{id}"
                node 1 P0 "* /shared (no method matches)"
                method "" GET P0 "GET /shared"
                method {id} PUT P0 "PUT /shared/{id}"
                node 2 P2 "* /open (no method matches)"
                method "" GET P2 "GET /open"
                method "" POST P2 "POST /open"
                root items 0 test.Items
                root shared 1 test.Shared
                root open 2 test.Open
                """));
    }

    /**
     * One request and what must be decided for it.
     *
     * @param outcome the decision, or {@code null} for none (not a CORS request, or one the engine leaves to
     *     the application)
     * @param rule for {@link Outcome#HEADERS_REFUSED}, the rule
     * @param route the route the decision names
     * @param reason the end of the debug line (the reason), or {@code null} for no line
     */
    record Row(String method, String path, List<String> headers, Outcome outcome, Rule rule, String route,
            String reason) {
    }

    private static Row preflight(String path, String origin, String method, List<String> requestedLines,
            Outcome outcome, Rule rule, String route, String reason) {
        List<String> headers = new ArrayList<>(List.of(CorsHeaders.ORIGIN, origin, CorsHeaders.REQUEST_METHOD, method));
        for (String line : requestedLines) {
            headers.add(CorsHeaders.REQUEST_HEADERS);
            headers.add(line);
        }
        return new Row("OPTIONS", path, headers, outcome, rule, route, reason);
    }

    private static Row actual(String method, String path, String origin, Outcome outcome, String route,
            String reason) {
        return new Row(method, path, origin == null ? List.of() : List.of(CorsHeaders.ORIGIN, origin), outcome,
                null, route, reason);
    }

    private static final List<Row> ROWS = List.of(
            preflight("items/1", APP, "PUT", List.of("content-type,x-req"), Outcome.ALLOWED, null,
                    "PUT /items/{id}", null),
            preflight("items/1", APP, "GET", List.of(), Outcome.ALLOWED, null, "GET /items/{id}", null),
            preflight("items/1", APP, "HEAD", List.of(), Outcome.ALLOWED, null, "GET /items/{id}", null),
            preflight("items/1", APP, "DELETE", List.of("x-anything"), Outcome.ALLOWED, null,
                    "DELETE /items/{id}", null),
            preflight("items/1", OTHER, "PUT", List.of(), Outcome.ORIGIN_NOT_ALLOWED, null, "PUT /items/{id}",
                    "origin not allowed (allowed: [https://app.example.com])"),
            preflight("items/1", "https://App.example.com", "PUT", List.of(), Outcome.ORIGIN_NOT_ALLOWED, null,
                    "PUT /items/{id}", "origin malformed: origin \"https://App.example.com\" has upper-case letters;"
                            + " browsers send \"https://app.example.com\""),
            preflight("items/1", "null", "PUT", List.of(), Outcome.ORIGIN_NOT_ALLOWED, null, "PUT /items/{id}",
                    "origin \"null\" (an opaque origin: a sandboxed iframe, a data: or file: page, or a request"
                            + " after a cross-origin redirect) is never allowed"),
            preflight("items/1", APP, "PATCH", List.of(), Outcome.METHOD_NOT_ALLOWED, null, "GET /items/{id}",
                    "method \"PATCH\" not in [GET, PUT]"),
            preflight("items", APP, "put", List.of(), Outcome.METHOD_NOT_ALLOWED, null, "GET /items",
                    "method \"put\" not in [GET, PUT]"),
            preflight("items/1", APP, "GET, PUT", List.of(), Outcome.METHOD_MALFORMED, null, "GET /items/{id}",
                    "method \"GET, PUT\" malformed (not an HTTP token, or several values)"),
            preflight("items/1", APP, "PUT", List.of("content-type,x-foo"), Outcome.HEADERS_REFUSED,
                    Rule.NAME_NOT_ALLOWED, "PUT /items/{id}",
                    "header \"x-foo\" not allowed (allowed: [Content-Type, X-Req])"),
            preflight("items/1", APP, "PUT", List.of("content-type", " x foo"), Outcome.HEADERS_REFUSED,
                    Rule.MALFORMED_NAME, "PUT /items/{id}", "header \"x foo\" malformed (not an HTTP token)"),
            preflight("items/1", APP, "PUT", List.of(String.join(",", Collections.nCopies(65, "x-req"))),
                    Outcome.HEADERS_REFUSED, Rule.TOO_MANY_NAMES, "PUT /items/{id}", "more than 64 requested headers"),
            preflight("items/1", APP, "PUT", Collections.nCopies(65, "x-req"), Outcome.HEADERS_REFUSED,
                    Rule.TOO_MANY_LINES, "PUT /items/{id}", "more than 64 Access-Control-Request-Headers lines"),
            preflight("items/1", APP, "PUT", List.of("x".repeat(4097)), Outcome.HEADERS_REFUSED, Rule.TOO_LONG,
                    "PUT /items/{id}", "requested headers longer than 4096 characters"),
            // where debug mode's own parser disagreed: it counted 4096 characters and blamed the first name
            // (and with "*", which allows both names, it said only "refused")
            preflight("items/1", APP, "PUT", List.of(HALF, HALF), Outcome.HEADERS_REFUSED, Rule.TOO_LONG,
                    "PUT /items/{id}", "requested headers longer than 4096 characters"),
            preflight("items/1", APP, "DELETE", List.of(HALF, HALF), Outcome.HEADERS_REFUSED, Rule.TOO_LONG,
                    "DELETE /items/{id}", "requested headers longer than 4096 characters"),
            // ... and it trimmed any white space, so "content-type<VT>" was a name it allowed
            preflight("items/1", APP, "PUT", List.of("content-type\u000b"), Outcome.HEADERS_REFUSED,
                    Rule.MALFORMED_NAME, "PUT /items/{id}",
                    "header \"content-type\\u000b\" malformed (not an HTTP token)"),
            preflight("items/1", APP, "DELETE", List.of("x-a, Authorization"), Outcome.HEADERS_REFUSED,
                    Rule.NAME_NOT_ALLOWED, "DELETE /items/{id}", "header \"Authorization\" not allowed (allowed:"
                            + " [*], and \"*\" covers every valid name but Authorization, as in browsers: list it"
                            + " too, allowedHeaders = {\"*\", \"Authorization\"})"),
            // every route of /shared has one policy: the table stops at the root, and the line says so
            preflight("shared/7", OTHER, "PUT", List.of(), Outcome.ORIGIN_NOT_ALLOWED, null,
                    "* /shared (all its routes have this policy)",
                    "origin not allowed (allowed: [https://app.example.com])"),
            preflight("shared/7", APP, "PUT", List.of("x-foo"), Outcome.HEADERS_REFUSED, Rule.NAME_NOT_ALLOWED,
                    "* /shared (all its routes have this policy)",
                    "header \"x-foo\" not allowed (allowed: [Content-Type, X-Req])"),
            preflight("shared", APP, "GET", List.of("x-foo"), Outcome.HEADERS_REFUSED, Rule.NAME_NOT_ALLOWED,
                    "GET /shared", "header \"x-foo\" not allowed (allowed: [Content-Type, X-Req])"),
            // a root without sub-resources: the path reaches one of its methods, named as it is
            preflight("open", OTHER, "DELETE", List.of(), Outcome.METHOD_NOT_ALLOWED, null, "GET /open",
                    "method \"DELETE\" not in [GET, POST]"),
            preflight("open", OTHER, "POST", List.of("x-anything"), Outcome.ALLOWED, null, "POST /open", null),
            // the request's own origin: not a CORS request, left to the application, nothing decided
            preflight("items/1", "http://api.example.com", "PATCH", List.of(), null, null, null, null),
            // actual requests the container matched to no method (no ResourceInfo here): every method there
            actual("GET", "items", APP, Outcome.ALLOWED, "GET /items", null),
            actual("GET", "items/1", OTHER, Outcome.ORIGIN_NOT_ALLOWED,
                    "narrowest of (GET /items/{id}) and (DELETE /items/{id})",
                    "origin not allowed (allowed: [https://app.example.com])"),
            actual("GET", "open", OTHER, Outcome.ALLOWED, "GET /open", null),
            actual("GET", "items/1", null, null, null, null),
            // same origin: refused like any origin not listed (no CORS headers), but no CORS request: no line
            actual("GET", "items", "http://api.example.com", Outcome.ORIGIN_NOT_ALLOWED, "GET /items", null));

    private LogCapture lines;

    @BeforeEach
    void capture() {
        lines = new LogCapture(Level.FINE);
    }

    @AfterEach
    void release() {
        lines.close();
    }

    @Test
    void debugModeExplainsExactlyTheDecisionTheEngineMade() {
        List<CorsDecision> decidedOff = new ArrayList<>();
        List<CorsDecision> decidedOn = new ArrayList<>();
        CorsEngine off = CorsEngine.combine(List.of(MODULE), Set.of(), false)
                .observedBy((request, preflight, decision) -> decidedOff.add(decision));
        CorsEngine on = CorsEngine.combine(List.of(MODULE), Set.of(), true)
                .observedBy((request, preflight, decision) -> decidedOn.add(decision));
        for (Row row : ROWS) {
            String what = row.method() + " " + row.path() + " " + abbreviated(row.headers());
            decidedOff.clear();
            decidedOn.clear();
            lines.clear(Level.FINE);
            String answerOff = answer(off, row);
            assertEquals(List.of(), lines.at(Level.FINE), "debug mode off logs nothing: " + what);
            String answerOn = answer(on, row);

            assertEquals(answerOff, answerOn, "the same answer with debug mode on: " + what);
            assertEquals(decidedOff, decidedOn, "the same decision with debug mode on: " + what);
            if (row.outcome() == null) {
                assertEquals(List.of(), decidedOff, what);
                assertEquals(List.of(), lines.at(Level.FINE), what);
                continue;
            }
            assertEquals(1, decidedOff.size(), what);
            CorsDecision decision = decidedOff.get(0);
            assertEquals(row.outcome(), decision.outcome(), what);
            assertEquals(row.rule(), decision.headers() == null ? null : decision.headers().rule(), what);
            assertEquals(row.route(), decision.policy().route(), what);
            if (row.reason() == null) {
                assertEquals(List.of(), lines.at(Level.FINE), what);
                continue;
            }
            assertEquals(1, lines.at(Level.FINE).size(), what + ": " + lines.at(Level.FINE));
            String line = lines.at(Level.FINE).get(0);
            ContainerRequestContext request = request(row);
            String formatted = "OPTIONS".equals(row.method()) ? RefusalLog.preflightLine(request, decision)
                    : RefusalLog.actualLine(request, decision);
            assertEquals(formatted, line, "the line formats the decision made with debug mode off: " + what);
            assertTrue(line.contains(": route " + row.route() + ", request "), line);
            assertTrue(line.endsWith(": " + row.reason()), line);
        }
    }

    private static String abbreviated(List<String> headers) {
        String s = headers.toString();
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }

    /** @return the engine's answer to the row: a preflight's status and headers, an actual response's headers */
    private static String answer(CorsEngine engine, Row row) {
        ContainerRequestContext request = request(row);
        if ("OPTIONS".equals(row.method())) {
            engine.onRequest(request);
            Response aborted = (Response) request.getProperty(ABORTED);
            return aborted == null ? "not answered" : aborted.getStatus() + " " + new TreeMap<>(aborted.getStringHeaders());
        }
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        ContainerResponseContext response = (ContainerResponseContext) Proxy.newProxyInstance(
                OneDecisionTest.class.getClassLoader(), new Class<?>[] {ContainerResponseContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaders" -> headers;
                    case "getStatus" -> 200;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        engine.onResponse(request, response, null);
        return new TreeMap<>(headers).toString();
    }

    private static final String ABORTED = "test.aborted";

    /** A request to {@code http://api.example.com/<path>} with the row's method and headers. */
    private static ContainerRequestContext request(Row row) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        for (int i = 0; i < row.headers().size(); i += 2) {
            headers.add(row.headers().get(i), row.headers().get(i + 1));
        }
        URI uri = URI.create("http://api.example.com/" + row.path());
        UriInfo uriInfo = (UriInfo) Proxy.newProxyInstance(OneDecisionTest.class.getClassLoader(),
                new Class<?>[] {UriInfo.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getPath" -> row.path();
                    case "getRequestUri" -> uri;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Map<String, Object> properties = new HashMap<>();
        return (ContainerRequestContext) Proxy.newProxyInstance(OneDecisionTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> row.method();
                    case "getUriInfo" -> uriInfo;
                    case "getHeaders" -> headers;
                    case "getHeaderString" -> {
                        List<String> values = headers.get((String) args[0]);
                        yield values == null ? null : String.join(",", values);
                    }
                    case "getProperty" -> properties.get((String) args[0]);
                    case "setProperty" -> properties.put((String) args[0], args[1]);
                    case "abortWith" -> properties.put(ABORTED, assertNotNullAndGet(args[0]));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Object assertNotNullAndGet(Object o) {
        assertNotNull(o);
        return o;
    }
}
