package org.corsgen.example;

import static org.corsgen.example.Http.all;
import static org.corsgen.example.Http.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example API on real Jersey + Grizzly on loopback, spoken to over real HTTP: every runtime behaviour
 * of the generated filter, as a browser (or an attacker) would meet it. The application registers no CORS
 * code; the generated Feature is found through its services file.
 */
class ExampleCorsHttpTest {

    static final String PAGE = "http://localhost:8081";
    static final String PAGE_IP = "http://127.0.0.1:8081";
    static final String APP = "https://app.example.com";
    static final String EVIL = "https://evil.example.net";

    static final String ACAO = "Access-Control-Allow-Origin";
    static final String ACAC = "Access-Control-Allow-Credentials";
    static final String ACAM = "Access-Control-Allow-Methods";
    static final String ACAH = "Access-Control-Allow-Headers";
    static final String ACEH = "Access-Control-Expose-Headers";
    static final String ACMA = "Access-Control-Max-Age";
    static final String ACAPN = "Access-Control-Allow-Private-Network";
    static final String ACRM = "Access-Control-Request-Method";
    static final String ACRH = "Access-Control-Request-Headers";

    static ExampleServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = ExampleServer.start(0, -1);
        http = new Http(server.apiBase());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    static HttpResponse<String> preflight(String path, String origin, String method, String... more) throws Exception {
        String[] headers = new String[4 + more.length];
        headers[0] = "Origin";
        headers[1] = origin;
        headers[2] = ACRM;
        headers[3] = method;
        System.arraycopy(more, 0, headers, 4, more.length);
        return http.send("OPTIONS", path, headers);
    }

    static List<String> tokens(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }

    static void assertNoCorsHeaders(HttpResponse<?> r) {
        for (String h : List.of(ACAO, ACAC, ACAM, ACAH, ACEH, ACMA, ACAPN)) {
            assertEquals(List.of(), all(r, h), h + " must not be sent; headers: " + r.headers().map());
        }
    }

    static void assertVaryLists(HttpResponse<?> r, String... names) {
        List<String> vary = all(r, "Vary").stream().flatMap(v -> tokens(v).stream())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toList());
        for (String n : names) {
            assertEquals(1, vary.stream().filter(n.toLowerCase(Locale.ROOT)::equals).count(),
                    "Vary must list " + n + " exactly once: " + all(r, "Vary"));
        }
    }

    @Nested
    class Preflights {

        @Test
        void allowedPreflightIsAnsweredByTheFilterWithEveryHeader() throws Exception {
            HttpResponse<String> r = preflight("orders/1", PAGE, "PUT", ACRH, "content-type,x-request-id");
            assertEquals(204, r.statusCode(), r.headers().map().toString());
            assertEquals(PAGE, one(r, ACAO));
            assertEquals("true", one(r, ACAC));
            assertEquals(List.of("PUT"), tokens(one(r, ACAM)), "only the method asked for, not all served at orders/{id}");
            assertEquals(List.of("content-type", "x-request-id"),
                    tokens(one(r, ACAH)).stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toList()),
                    "Content-Type + the @HeaderParam names");
            assertEquals("600", one(r, ACMA), "max-age inherited from the package");
            assertVaryLists(r, "Origin", ACRM, ACRH);
            assertNull(one(r, "Allow"), "the container's automatic OPTIONS must not have answered");
            assertEquals("", r.body());
        }

        @Test
        void browserStyleListIsMatchedCaseInsensitivelyAcrossLinesAndSpaces() throws Exception {
            assertEquals(204, preflight("orders/1", PAGE, "PUT", ACRH, "Content-Type , X-Request-ID").statusCode());
            assertEquals(204, preflight("orders/1", PAGE, "PUT", ACRH, "content-type", ACRH, "x-request-id").statusCode());
            assertEquals(204, preflight("orders/1", PAGE, "PUT", ACRH, "content-type,,x-request-id,").statusCode());
        }

        @Test
        void preflightWithoutRequestedHeadersIsAllowed() throws Exception {
            HttpResponse<String> r = preflight("orders/1", PAGE, "PATCH");
            assertEquals(204, r.statusCode());
            assertNull(one(r, ACAH), "nothing was requested");
        }

        @Test
        void disallowedOriginIsRefusedWith403AndNoCorsHeaders() throws Exception {
            HttpResponse<String> r = preflight("orders/1", EVIL, "PUT", ACRH, "content-type");
            assertEquals(403, r.statusCode());
            assertNoCorsHeaders(r);
            assertVaryLists(r, "Origin");
        }

        @Test
        void methodNotAllowedIsRefused() throws Exception {
            assertEquals(403, preflight("status", PAGE, "DELETE").statusCode(), "status serves GET only");
            assertEquals(403, preflight("orders", PAGE, "PUT").statusCode(), "orders serves GET and POST");
        }

        @Test
        void lowerCasePatchIsNotPatch() throws Exception {
            HttpResponse<String> r = preflight("orders/1", PAGE, "patch", ACRH, "content-type");
            assertEquals(403, r.statusCode());
            assertNoCorsHeaders(r);
        }

        @Test
        void headerNotAllowedIsRefused() throws Exception {
            HttpResponse<String> r = preflight("orders/1", PAGE, "PUT", ACRH, "content-type,x-debug");
            assertEquals(403, r.statusCode());
            assertNoCorsHeaders(r);
        }

        @Test
        void methodLevelOverrideNarrowsOriginsAndSwitchesCachingOff() throws Exception {
            HttpResponse<String> allowed = preflight("orders/2", PAGE, "DELETE");
            assertEquals(204, allowed.statusCode());
            assertEquals(PAGE, one(allowed, ACAO));
            assertEquals("true", one(allowed, ACAC), "credentials inherited from the class");
            assertEquals("0", one(allowed, ACMA), "maxAge = 0 on the method");
            assertEquals(403, preflight("orders/2", PAGE_IP, "DELETE").statusCode(), "not in the method's origins");
            assertEquals(204, preflight("orders/2", PAGE_IP, "PUT").statusCode(), "PUT keeps the package origins");
        }

        @Test
        void wildcardPolicyAnswersStarWithoutCredentialsAndWithoutVaryOrigin() throws Exception {
            HttpResponse<String> r = preflight("status", EVIL, "GET", ACRH, "x-anything-goes");
            assertEquals(403, r.statusCode(), "x-anything-goes is not an allowed header");
            r = preflight("status", EVIL, "GET", ACRH, "content-type");
            assertEquals(204, r.statusCode());
            assertEquals("*", one(r, ACAO));
            assertNull(one(r, ACAC));
            List<String> vary = tokens(one(r, "Vary"));
            assertFalse(vary.contains("Origin"), "a * answer does not depend on the origin: " + vary);
            assertTrue(vary.contains(ACRM));
        }

        @Test
        void privateNetworkIsAnsweredOnlyWhereEnabledAndAsked() throws Exception {
            HttpResponse<String> r = preflight("partners/acme", "http://localhost:3000", "GET",
                    "Access-Control-Request-Private-Network", "true");
            assertEquals(204, r.statusCode());
            assertEquals("true", one(r, ACAPN));
            assertNull(one(preflight("partners/acme", "http://localhost:3000", "GET"), ACAPN), "not asked");
            r = preflight("orders", PAGE, "POST", "Access-Control-Request-Private-Network", "true");
            assertEquals(204, r.statusCode());
            assertNull(one(r, ACAPN), "orders does not opt in");
        }

        @Test
        void plainOptionsGoesToTheApplication() throws Exception {
            HttpResponse<String> withOrigin = http.send("OPTIONS", "orders", "Origin", PAGE);
            assertEquals(200, withOrigin.statusCode(), "Jersey's automatic OPTIONS answers");
            assertNotNull(one(withOrigin, "Allow"));
            HttpResponse<String> withoutOrigin = http.send("OPTIONS", "orders", ACRM, "POST");
            assertEquals(200, withoutOrigin.statusCode());
            assertNotNull(one(withoutOrigin, "Allow"));
            assertNull(one(withoutOrigin, ACAM));
        }

        @Test
        void preflightForAPathWithoutPolicyIsLeftToTheContainer() throws Exception {
            HttpResponse<String> r = preflight("no-such-resource", PAGE, "GET");
            assertEquals(404, r.statusCode());
            assertNoCorsHeaders(r);
        }

        @Test
        void sameOriginOptionsIsNotRefused() throws Exception {
            String own = "http://127.0.0.1:" + server.apiPort();
            HttpResponse<String> r = preflight("orders", own, "POST");
            assertNotEquals(403, r.statusCode(), "a same-origin request is not a CORS request");
            assertEquals(200, r.statusCode());
        }

        @Test
        void preflightWithRepeatedRequestMethodIsRefused() throws Exception {
            RawHttp.Answer a = RawHttp.send(server.apiPort(), "OPTIONS /api/orders/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Origin: " + PAGE + "\r\n" + ACRM + ": PUT\r\n" + ACRM + ": DELETE");
            assertEquals(403, a.status(), a.raw());
            assertEquals(List.of(), a.values(ACAO));
        }

        @Test
        void aThousandRequestedHeadersAreRefusedQuickly() throws Exception {
            String names = IntStream.range(0, 1000).mapToObj(i -> "x-h" + i).collect(Collectors.joining(","));
            HttpResponse<String> r = preflight("orders/1", PAGE, "PUT", ACRH, names);
            assertEquals(403, r.statusCode());
            assertNoCorsHeaders(r);
        }
    }

    @Nested
    class ActualRequests {

        @Test
        void allowedOriginGetsExactlyOneAllowOriginPlusCredentialsAndExposedHeaders() throws Exception {
            HttpResponse<String> r = http.send("GET", "orders", "Origin", PAGE);
            assertEquals(200, r.statusCode());
            assertEquals(List.of(PAGE), all(r, ACAO));
            assertEquals("true", one(r, ACAC));
            assertEquals("X-Total-Count", one(r, ACEH));
            assertNull(one(r, ACAM), "Allow-Methods belongs to preflights");
            assertNull(one(r, ACMA), "Max-Age belongs to preflights");
        }

        @Test
        void applicationVaryIsExtendedNotReplaced() throws Exception {
            HttpResponse<String> r = http.send("GET", "orders", "Origin", PAGE);
            assertVaryLists(r, "Accept-Encoding", "Origin");
        }

        @Test
        void disallowedOriginGetsNoCorsHeadersButTheRequestGoesOn() throws Exception {
            HttpResponse<String> r = http.send("GET", "orders", "Origin", EVIL);
            assertEquals(200, r.statusCode());
            assertTrue(r.body().startsWith("["), r.body());
            assertNoCorsHeaders(r);
            assertVaryLists(r, "Origin");
        }

        @Test
        void requestWithoutOriginIsUntouchedButVaries() throws Exception {
            HttpResponse<String> r = http.send("GET", "orders");
            assertEquals(200, r.statusCode());
            assertNoCorsHeaders(r);
            assertVaryLists(r, "Origin");
        }

        @Test
        void wildcardPolicySendsStarOnEveryResponseAndReplacesTheApplicationsHeader() throws Exception {
            for (String[] headers : List.of(new String[0], new String[] {"Origin", EVIL}, new String[] {"Origin", "null"})) {
                HttpResponse<String> r = http.send("GET", "status", headers);
                assertEquals(200, r.statusCode());
                assertEquals(List.of("*"), all(r, ACAO), "one line, our value: " + r.headers().map());
                assertNull(one(r, ACAC));
                assertTrue(all(r, "Vary").stream().noneMatch(v -> tokens(v).contains("Origin")));
            }
            assertEquals("X-Api-Version", one(http.send("GET", "status", "Origin", EVIL), ACEH));
        }

        @Test
        void headIsCoveredByTheGetPolicy() throws Exception {
            HttpResponse<String> r = http.send("HEAD", "orders", "Origin", PAGE_IP);
            assertEquals(200, r.statusCode());
            assertEquals(PAGE_IP, one(r, ACAO));
        }

        @Test
        void methodLevelOriginsApplyToTheActualRequestToo() throws Exception {
            HttpResponse<String> r = http.send("DELETE", "orders/424242", "Origin", PAGE_IP);
            assertEquals(204, r.statusCode());
            assertNull(one(r, ACAO), PAGE_IP + " may not DELETE");
            assertEquals(PAGE, one(http.send("DELETE", "orders/424242", "Origin", PAGE), ACAO));
        }

        @Test
        void packagePolicyAppliesToAResourceWithoutAnnotation() throws Exception {
            assertEquals(APP, one(http.send("GET", "health", "Origin", APP), ACAO));
            assertNull(one(http.send("GET", "health", "Origin", EVIL), ACAO));
        }
    }

    @Nested
    class ErrorResponses {

        @Test
        void notFoundFromTheResource() throws Exception {
            HttpResponse<String> r = http.send("GET", "orders/999", "Origin", PAGE);
            assertEquals(404, r.statusCode());
            assertEquals(PAGE, one(r, ACAO));
            assertEquals("true", one(r, ACAC));
        }

        @Test
        void methodNotAllowed() throws Exception {
            HttpResponse<String> r = http.send("PUT", "orders", "Origin", PAGE);
            assertEquals(405, r.statusCode());
            assertEquals(PAGE, one(r, ACAO));
        }

        @Test
        void unmatchedPathBelowAResource() throws Exception {
            HttpResponse<String> r = http.send("GET", "orders/1/no-such-thing", "Origin", PAGE);
            assertEquals(404, r.statusCode());
            assertEquals(PAGE, one(r, ACAO), "the class policy covers its own 404s");
        }

        @Test
        void exceptionMapperResponse() throws Exception {
            HttpResponse<String> r = http.send("POST", "orders/1/ship", "Origin", PAGE);
            assertEquals(409, r.statusCode());
            assertEquals(PAGE, one(r, ACAO));
        }

        @Test
        void failureTurnedInto500ByTheCatchAllMapper() throws Exception {
            HttpResponse<String> r = http.send("GET", "orders/broken", "Origin", PAGE);
            assertEquals(500, r.statusCode());
            assertEquals(PAGE, one(r, ACAO));
        }

        @Test
        void errorsForDisallowedOriginsStayWithoutHeaders() throws Exception {
            HttpResponse<String> r = http.send("GET", "orders/999", "Origin", EVIL);
            assertEquals(404, r.statusCode());
            assertNoCorsHeaders(r);
        }
    }

    @Nested
    class PatternsAndPathParameters {

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
    }

    @Nested
    class BypassAttempts {

        @ParameterizedTest
        @ValueSource(strings = {"https://app.example.com.evil.com", "https://evilapp.example.com", "HTTPS://APP.EXAMPLE.COM",
            "https://app.example.com:443", "https://app.example.com/", "https://app.example.comevil.com",
            "https://app.example.com@evil.com", "http://app.example.com", "https://app.example.com.", "null",
            "https://app.example.com%0d%0aSet-Cookie:%20x=1", "https://app.example.com, https://evil.example.net", ""})
        void refusedOnActualRequestsAndNeverReflected(String origin) throws Exception {
            HttpResponse<String> r = http.send("GET", "orders", "Origin", origin);
            assertEquals(200, r.statusCode());
            assertNoCorsHeaders(r);
            if (!origin.isEmpty()) {
                assertFalse(r.headers().map().values().stream().flatMap(List::stream).anyMatch(v -> v.contains(origin)),
                        "reflected somewhere: " + r.headers().map());
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://app.example.com.evil.com", "https://evilapp.example.com", "HTTPS://APP.EXAMPLE.COM",
            "https://app.example.com:443", "https://app.example.com/", "null"})
        void refusedOnPreflights(String origin) throws Exception {
            HttpResponse<String> r = preflight("orders", origin, "POST", ACRH, "content-type");
            assertEquals(403, r.statusCode());
            assertNoCorsHeaders(r);
        }

        @Test
        void theRealOriginStillWorks() throws Exception {
            assertEquals(APP, one(http.send("GET", "orders", "Origin", APP), ACAO));
        }
    }

    @Nested
    class MalformedInput {

        @Test
        void severalOriginHeadersAreRefusedNotMerged() throws Exception {
            RawHttp.Answer a = RawHttp.send(server.apiPort(), "GET /api/orders HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Origin: " + PAGE + "\r\nOrigin: " + EVIL);
            assertEquals(200, a.status(), a.raw());
            assertEquals(List.of(), a.values(ACAO));
        }

        @Test
        void controlCharactersAreNeverReflectedNorA500() throws Exception {
            for (String bad : List.of(PAGE + "\u0000", PAGE + "\u000bx", PAGE + "\rX-Injected: 1", PAGE + "\u007f")) {
                RawHttp.Answer a = RawHttp.send(server.apiPort(), "GET /api/orders HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Origin: " + bad);
                assertTrue(a.status() == 200 || a.status() == 400, "status " + a.status() + " for " + bad.length());
                assertEquals(List.of(), a.values(ACAO), a.raw());
                assertEquals(List.of(), a.values("X-Injected"), a.raw());
            }
        }

        @Test
        void hugeOriginIsRefused() throws Exception {
            String huge = "https://" + "a".repeat(20_000) + ".example.com";
            RawHttp.Answer a = RawHttp.send(server.apiPort(), "GET /api/orders HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Origin: " + huge);
            assertNotEquals(500, a.status());
            assertEquals(List.of(), a.values(ACAO));
        }

        @Test
        void percentAndOddMethodsDoNotBreakAnything() throws Exception {
            assertEquals(403, preflight("orders/1", PAGE, "PU T").statusCode());
            assertEquals(403, preflight("orders/1", PAGE, "").statusCode());
            assertEquals(403, preflight("orders/1", PAGE, "PUT", ACRH, "x y").statusCode());
            assertEquals(403, preflight("orders/1", PAGE, "PUT", ACRH, "x%20y").statusCode());
        }
    }
}
