package org.corsgen.conformance;

import static org.corsgen.conformance.Origins.APP;
import static org.corsgen.conformance.Origins.BILLING;
import static org.corsgen.testsupport.CorsHeaders.ACAC;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACEH;
import static org.corsgen.testsupport.CorsHeaders.ACMA;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.corsgen.testsupport.CorsHeaders.assertVaryLacks;
import static org.corsgen.testsupport.CorsHeaders.assertVaryLists;
import static org.corsgen.testsupport.CorsHeaders.lowerTokens;
import static org.corsgen.testsupport.Http.all;
import static org.corsgen.testsupport.Http.one;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.corsgen.testsupport.Http;

/**
 * Two separately compiled modules in one application, each with its own generated filter
 * ({@code ApiCorsFilter}, {@code BillingCorsFilter}, both found through their services files): each route
 * is answered by its own module's policy, and no header is written twice.
 */
@ExtendWith(ConformanceServer.class)
class TwoModulesTest {

    static Http http;

    @BeforeAll
    static void start(Server s) {
        http = s.http();
    }

    @Test
    void secondModulesRouteGetsItsOwnPolicyOnce() throws Exception {
        HttpResponse<String> r = http.send("GET", "invoices", "Origin", BILLING);
        assertEquals(200, r.statusCode());
        assertEquals(List.of(BILLING), all(r, ACAO));
        assertEquals(List.of("true"), all(r, ACAC));
        assertEquals(List.of("X-Invoice-Total"), all(r, ACEH));
        assertVaryLists(r, "Accept-Language", "Origin");
        assertEquals(2, lowerTokens(r, "Vary").size(), "Vary: " + all(r, "Vary"));
    }

    @Test
    void eachModulesOriginsStayItsOwn() throws Exception {
        assertNoCorsHeaders(http.send("GET", "invoices", "Origin", APP));
        assertNoCorsHeaders(http.send("GET", "items", "Origin", BILLING));
        assertEquals(403, http.preflight("invoices", APP, "POST").statusCode());
        assertEquals(403, http.preflight("items", BILLING, "POST").statusCode());
    }

    @Test
    void secondModulesPreflightIsAnsweredOnce() throws Exception {
        HttpResponse<String> r = http.preflight("invoices/12", BILLING, "GET");
        assertEquals(204, r.statusCode());
        assertEquals(List.of(BILLING), all(r, ACAO));
        assertEquals(List.of("1800"), all(r, ACMA), "the default maxAge: the package policy of the first module"
                + " does not reach the second");
        assertEquals(403, http.preflight("invoices/12", BILLING, "DELETE").statusCode());
    }

    @Test
    void secondModulesWildcardPolicy() throws Exception {
        HttpResponse<String> r = http.send("GET", "statements", "Origin", APP);
        assertEquals(List.of("*"), all(r, ACAO));
        assertVaryLacks(r, "Origin");
        HttpResponse<String> preflight = http.preflight("statements", APP, "GET");
        assertEquals(204, preflight.statusCode());
        assertEquals("60", one(preflight, ACMA));
    }

    @Test
    void firstModuleIsUnaffected() throws Exception {
        HttpResponse<String> r = http.send("GET", "items", "Origin", APP);
        assertEquals(List.of(APP), all(r, ACAO));
        assertVaryLists(r, "Accept-Encoding", "Origin");
        assertEquals(2, lowerTokens(r, "Vary").size(), "Vary: " + all(r, "Vary"));
    }
}
