package org.corsgen.conformance;

import static org.corsgen.conformance.Origins.APP;
import static org.corsgen.conformance.Origins.EVIL;
import static org.corsgen.conformance.Origins.PAGE;
import static org.corsgen.testsupport.CorsHeaders.ACAC;
import static org.corsgen.testsupport.CorsHeaders.ACAM;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACEH;
import static org.corsgen.testsupport.CorsHeaders.ACMA;
import static org.corsgen.testsupport.CorsHeaders.ACRH;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.corsgen.testsupport.CorsHeaders.assertVaryLacks;
import static org.corsgen.testsupport.CorsHeaders.assertVaryLists;
import static org.corsgen.testsupport.Http.all;
import static org.corsgen.testsupport.Http.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.corsgen.testsupport.Http;

/** Actual (non-preflight) requests: decorated in the response phase. */
@ExtendWith(ConformanceServer.class)
class ActualRequestTest {

    static Server server;
    static Http http;

    @BeforeAll
    static void start(Server s) {
        server = s;
        http = s.http();
    }

    @Test
    void allowedOriginGetsOneAllowOriginPlusCredentialsAndExposedHeaders() throws Exception {
        HttpResponse<String> r = http.send("GET", "items", "Origin", PAGE);
        assertEquals(200, r.statusCode());
        assertEquals(List.of(PAGE), all(r, ACAO));
        assertEquals("true", one(r, ACAC));
        assertEquals("X-Total-Count", one(r, ACEH));
        assertNull(one(r, ACAM), "Allow-Methods belongs to preflights");
        assertNull(one(r, ACMA), "Max-Age belongs to preflights");
    }

    @Test
    void applicationVaryIsExtendedNotReplaced() throws Exception {
        assertVaryLists(http.send("GET", "items", "Origin", PAGE), "Accept-Encoding", "Origin");
        assertVaryLists(http.send("GET", "items"), "Accept-Encoding", "Origin");
    }

    @Test
    void disallowedOriginGetsNoCorsHeadersButTheRequestRuns() throws Exception {
        HttpResponse<String> r = http.send("POST", "items", "Origin", EVIL);
        assertEquals(201, r.statusCode());
        assertEquals("created", r.body());
        assertNoCorsHeaders(r);
        assertVaryLists(r, "Origin");
    }

    @Test
    void requestWithoutOriginIsUntouchedButVaries() throws Exception {
        HttpResponse<String> r = http.send("GET", "items/7");
        assertEquals(200, r.statusCode());
        assertEquals("item 7", r.body());
        assertNoCorsHeaders(r);
        assertVaryLists(r, "Origin");
    }

    @Test
    void sameOriginRequestGetsNoCorsHeaders() throws Exception {
        HttpResponse<String> r = http.send("GET", "items/7", "Origin", server.ownOrigin());
        assertEquals(200, r.statusCode());
        assertNoCorsHeaders(r);
    }

    @Test
    void wildcardPolicySendsStarOnEveryResponseAndReplacesTheApplicationsHeader() throws Exception {
        for (String[] headers : List.of(new String[0], new String[] {"Origin", EVIL}, new String[] {"Origin", "null"})) {
            HttpResponse<String> r = http.send("GET", "public", headers);
            assertEquals(200, r.statusCode());
            assertEquals(List.of("*"), all(r, ACAO), "one line, ours: " + r.headers().map());
            assertNull(one(r, ACAC));
            assertVaryLacks(r, "Origin");
        }
        assertEquals("X-Api-Version", one(http.send("GET", "public", "Origin", EVIL), ACEH));
    }

    /**
     * Fetch standard, "CORS protocol and HTTP caches": with {@code *} send the same CORS headers on every
     * response and do not vary, or a shared cache hands a page the copy of a request without {@code Origin}
     * (whatwg/fetch#1601); so {@code Access-Control-Expose-Headers} too, errors included.
     */
    @Test
    void wildcardPolicySendsTheSameCorsHeadersWithOrWithoutOrigin() throws Exception {
        for (String[] headers : List.of(new String[0], new String[] {"Origin", EVIL}, new String[] {"Origin", APP})) {
            for (String method : List.of("GET", "PUT")) {
                HttpResponse<String> r = http.send(method, "public", headers);
                String what = method + " public with " + List.of(headers) + ": " + r.headers().map();
                assertEquals("GET".equals(method) ? 200 : 405, r.statusCode(), what);
                assertEquals(List.of("*"), all(r, ACAO), what);
                assertEquals(List.of("X-Api-Version"), all(r, ACEH), what);
                assertNull(one(r, ACAC), what);
                assertVaryLacks(r, "Origin");
            }
        }
    }

    @Test
    void headIsCoveredByTheGetPolicy() throws Exception {
        HttpResponse<String> r = http.send("HEAD", "items", "Origin", APP);
        assertEquals(200, r.statusCode());
        assertEquals(APP, one(r, ACAO));
    }

    @Test
    void methodLevelOriginsApplyToActualRequests() throws Exception {
        HttpResponse<String> r = http.send("DELETE", "items/5", "Origin", APP);
        assertEquals(204, r.statusCode());
        assertNull(one(r, ACAO), APP + " may not DELETE");
        assertEquals(PAGE, one(http.send("DELETE", "items/5", "Origin", PAGE), ACAO));
    }

    @Test
    void packagePolicyCoversAResourceWithoutAnnotation() throws Exception {
        assertEquals(APP, one(http.send("GET", "documents", "Origin", APP), ACAO));
        assertNull(one(http.send("GET", "documents", "Origin", EVIL), ACAO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://shop.partner.example", "https://eu.shop.partner.example", "http://localhost:3000",
        "http://localhost"})
    void patternOriginsAreAllowedAndEchoedExactly(String origin) throws Exception {
        HttpResponse<String> r = http.send("GET", "partners/acme", "Origin", origin);
        assertEquals(200, r.statusCode());
        assertEquals(origin, one(r, ACAO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://partner.example", "https://evil.partner.example.com", "https://evilpartner.example",
        "http://shop.partner.example", "https://shop.partner.example:8443", "http://127.0.0.1:3000",
        "http://localhost.evil.com:3000", "http://localhost:99999", "https://SHOP.partner.example"})
    void lookalikesOfPatternsAreRefused(String origin) throws Exception {
        HttpResponse<String> r = http.send("GET", "partners/acme", "Origin", origin);
        assertEquals(200, r.statusCode());
        assertNoCorsHeaders(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.com.evil.com", "https://evilapp.example.com", "HTTPS://APP.EXAMPLE.COM",
        "https://app.example.com:443", "https://app.example.com/", "https://app.example.comevil.com",
        "https://app.example.com@evil.com",
        "http://app.example.com", "https://app.example.com.", "null", "https://app.example.com%0d%0aX-Injected:%201",
        "https://app.example.com, https://evil.example.net"})
    void lookalikesOfExactOriginsAreRefusedAndNeverReflected(String origin) throws Exception {
        HttpResponse<String> r = http.send("GET", "items", "Origin", origin);
        assertEquals(200, r.statusCode());
        assertNoCorsHeaders(r);
        assertFalse(r.headers().map().values().stream().flatMap(List::stream).anyMatch(v -> v.contains(origin)),
                "reflected somewhere: " + r.headers().map());
        HttpResponse<String> preflight = http.preflight("items", origin, "POST", ACRH, "content-type");
        assertEquals(403, preflight.statusCode());
        assertNoCorsHeaders(preflight);
    }
}
