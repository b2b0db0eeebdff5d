package org.corsgen.conformance;

import static org.corsgen.conformance.Origins.APP;
import static org.corsgen.conformance.Origins.EVIL;
import static org.corsgen.testsupport.CorsHeaders.ACAC;
import static org.corsgen.testsupport.CorsHeaders.ACAH;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACRH;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.corsgen.testsupport.CorsHeaders.assertVaryLists;
import static org.corsgen.testsupport.CorsHeaders.tokens;
import static org.corsgen.testsupport.Http.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.corsgen.testsupport.Http;

/**
 * A pre-matching {@code @Priority(AUTHENTICATION)} filter that answers 401 without {@code Authorization}:
 * preflights (which never carry credentials) still succeed, and the 401 of an actual request carries the
 * CORS headers, so the page can read it and ask the user to sign in.
 */
@ExtendWith(ConformanceServer.class)
class AuthenticationTest {

    static Http http;

    @BeforeAll
    static void start(Server s) {
        http = s.http();
    }

    @Test
    void preflightIsAnsweredBeforeTheAuthenticationFilter() throws Exception {
        HttpResponse<String> r = http.preflight("secure", APP, "DELETE", ACRH, "authorization");
        assertEquals(204, r.statusCode(), r.headers().map().toString());
        assertEquals(APP, one(r, ACAO));
        assertEquals("true", one(r, ACAC));
        assertTrue(tokens(one(r, ACAH)).stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toList())
                .contains("authorization"));
        assertNull(one(r, "WWW-Authenticate"));
    }

    @Test
    void refusedPreflightIsRefusedByCorsNotByAuthentication() throws Exception {
        HttpResponse<String> r = http.preflight("secure", EVIL, "DELETE");
        assertEquals(403, r.statusCode());
        assertNull(one(r, "WWW-Authenticate"));
    }

    @Test
    void unauthorizedAnswerCarriesCorsHeaders() throws Exception {
        HttpResponse<String> r = http.send("GET", "secure", "Origin", APP);
        assertEquals(401, r.statusCode());
        assertNotNull(one(r, "WWW-Authenticate"));
        assertEquals(APP, one(r, ACAO));
        assertEquals("true", one(r, ACAC));
        assertVaryLists(r, "Origin");

        HttpResponse<String> evil = http.send("GET", "secure", "Origin", EVIL);
        assertEquals(401, evil.statusCode());
        assertNoCorsHeaders(evil);
    }

    @Test
    void authorizedRequestGoesThrough() throws Exception {
        HttpResponse<String> r = http.send("GET", "secure", "Origin", APP, "Authorization", "Bearer t");
        assertEquals(200, r.statusCode());
        assertEquals("secret", r.body());
        assertEquals(APP, one(r, ACAO));
    }

    @Test
    void plainOptionsIsTheAuthenticationFiltersBusiness() throws Exception {
        HttpResponse<String> r = http.send("OPTIONS", "secure", "Origin", APP);
        assertEquals(401, r.statusCode(), "not a preflight: the application's filters decide");
        assertEquals(APP, one(r, ACAO), "and the answer is decorated like any other");
    }
}
