package org.corsgen.example;

import static org.corsgen.testsupport.CorsHeaders.ACAC;
import static org.corsgen.testsupport.CorsHeaders.ACAH;
import static org.corsgen.testsupport.CorsHeaders.ACAM;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACAPN;
import static org.corsgen.testsupport.CorsHeaders.ACEH;
import static org.corsgen.testsupport.CorsHeaders.ACMA;
import static org.corsgen.testsupport.CorsHeaders.ACRH;
import static org.corsgen.testsupport.CorsHeaders.ACRM;
import static org.corsgen.testsupport.CorsHeaders.ACRPN;
import static org.corsgen.testsupport.CorsHeaders.assertVaryLists;
import static org.corsgen.testsupport.CorsHeaders.tokens;
import static org.corsgen.testsupport.Http.all;
import static org.corsgen.testsupport.Http.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.corsgen.testsupport.Http;

/**
 * The example's own policies on real Jersey + Grizzly on loopback, over real HTTP: the package policy
 * ({@code api/package-info.java}), {@code OrderResource}'s class policy and its method-level override on
 * {@code DELETE}, {@code StatusResource}'s {@code "*"}, {@code PartnerResource}'s patterns and private network.
 * The application registers no CORS code: the generated Feature is found through its services file.
 *
 * <p>How the generated filter behaves in general (refusals, requested-header lists, {@code Vary}, error
 * responses, malformed input, lookalike origins) is the conformance suite's ({@code cors-tests/conformance}, on
 * four runtimes) and the hardening suite's ({@code cors-tests-hardening}, on this same Jersey + Grizzly).
 */
class ExampleCorsHttpTest {

    static final String PAGE = "http://localhost:8081";
    static final String PAGE_IP = "http://127.0.0.1:8081";
    static final String APP = "https://app.example.com";
    static final String EVIL = "https://evil.example.net";

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

    @Nested
    class Preflights {

        @Test
        void allowedPreflightIsAnsweredByTheFilterWithEveryHeader() throws Exception {
            HttpResponse<String> r = http.preflight("orders/1", PAGE, "PUT", ACRH, "content-type,x-request-id");
            assertEquals(204, r.statusCode(), r.headers().map().toString());
            assertEquals(PAGE, one(r, ACAO));
            assertEquals("true", one(r, ACAC));
            assertEquals(List.of("PUT"), tokens(one(r, ACAM)), "only the method asked for: the browser caches what is listed");
            assertEquals(List.of("content-type", "x-request-id"),
                    tokens(one(r, ACAH)).stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toList()),
                    "Content-Type + the @HeaderParam names");
            assertEquals("600", one(r, ACMA), "max-age inherited from the package");
            assertVaryLists(r, "Origin", ACRM, ACRH);
            assertNull(one(r, "Allow"), "the container's automatic OPTIONS must not have answered");
            assertEquals("", r.body());
        }

        @Test
        void methodLevelOverrideNarrowsOriginsAndSwitchesCachingOff() throws Exception {
            HttpResponse<String> allowed = http.preflight("orders/2", PAGE, "DELETE");
            assertEquals(204, allowed.statusCode());
            assertEquals(PAGE, one(allowed, ACAO));
            assertEquals("true", one(allowed, ACAC), "credentials inherited from the class");
            assertEquals("0", one(allowed, ACMA), "maxAge = 0 on the method");
            assertEquals(403, http.preflight("orders/2", PAGE_IP, "DELETE").statusCode(), "not in the method's origins");
            assertEquals(204, http.preflight("orders/2", PAGE_IP, "PUT").statusCode(), "PUT keeps the package origins");
        }

        @Test
        void privateNetworkIsAnsweredOnlyWhereEnabledAndAsked() throws Exception {
            HttpResponse<String> r = http.preflight("partners/acme", "http://localhost:3000", "GET", ACRPN, "true");
            assertEquals(204, r.statusCode());
            assertEquals("true", one(r, ACAPN));
            assertNull(one(http.preflight("partners/acme", "http://localhost:3000", "GET"), ACAPN), "not asked");
            r = http.preflight("orders", PAGE, "POST", ACRPN, "true");
            assertEquals(204, r.statusCode());
            assertNull(one(r, ACAPN), "orders does not opt in");
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
        void packagePolicyAppliesToAResourceWithoutAnnotation() throws Exception {
            assertEquals(APP, one(http.send("GET", "health", "Origin", APP), ACAO));
            assertNull(one(http.send("GET", "health", "Origin", EVIL), ACAO));
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://shop.partner.example", "https://eu.shop.partner.example", "http://localhost:3000",
            "http://localhost"})
        void patternOriginsAreAllowedAndEchoedExactly(String origin) throws Exception {
            HttpResponse<String> r = http.send("GET", "partners/acme", "Origin", origin);
            assertEquals(200, r.statusCode());
            assertEquals(origin, one(r, ACAO));
        }
    }
}
