package org.corsgen.conformance;

import static org.corsgen.conformance.Origins.APP;
import static org.corsgen.conformance.Origins.EVIL;
import static org.corsgen.conformance.Origins.PAGE;
import static org.corsgen.testsupport.CorsHeaders.ACAC;
import static org.corsgen.testsupport.CorsHeaders.ACAH;
import static org.corsgen.testsupport.CorsHeaders.ACAM;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACAPN;
import static org.corsgen.testsupport.CorsHeaders.ACMA;
import static org.corsgen.testsupport.CorsHeaders.ACRH;
import static org.corsgen.testsupport.CorsHeaders.ACRM;
import static org.corsgen.testsupport.CorsHeaders.ACRPN;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.corsgen.testsupport.CorsHeaders.assertVaryLacks;
import static org.corsgen.testsupport.CorsHeaders.assertVaryLists;
import static org.corsgen.testsupport.CorsHeaders.tokens;
import static org.corsgen.testsupport.Http.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.corsgen.testsupport.Http;
import org.corsgen.testsupport.RawHttp;

/** Preflights: answered (204 or 403) by the generated filter before the container matches, on every runtime. */
@ExtendWith(ConformanceServer.class)
class PreflightTest {

    static Server server;
    static Http http;

    @BeforeAll
    static void start(Server s) {
        server = s;
        http = s.http();
    }

    /**
     * A browser caches every method of {@code Access-Control-Allow-Methods} for the origin and URL: listing
     * {@code DELETE items/{id}} (its own policy: {@code PAGE} only) to {@code APP}'s {@code PUT} preflight would
     * let {@code APP}'s page send {@code DELETE} later without the preflight that policy refuses.
     */
    @Test
    void allowMethodsNamesOnlyTheMethodAskedFor() throws Exception {
        for (String method : List.of("GET", "PUT", "PATCH")) {
            HttpResponse<String> r = http.preflight("items/1", APP, method);
            assertEquals(204, r.statusCode(), method + " " + r.headers().map());
            assertEquals(List.of(method), tokens(one(r, ACAM)), method);
        }
        assertEquals(403, http.preflight("items/1", APP, "DELETE").statusCode(), "DELETE is for " + PAGE + " only");
        HttpResponse<String> delete = http.preflight("items/1", PAGE, "DELETE");
        assertEquals(204, delete.statusCode());
        assertEquals(List.of("DELETE"), tokens(one(delete, ACAM)));
    }

    @Test
    void allowedPreflightGetsEveryHeader() throws Exception {
        HttpResponse<String> r = http.preflight("items/1", PAGE, "PUT", ACRH, "content-type,x-request-id");
        assertEquals(204, r.statusCode(), r.headers().map().toString());
        assertEquals(PAGE, one(r, ACAO));
        assertEquals("true", one(r, ACAC));
        assertEquals(List.of("PUT"), tokens(one(r, ACAM)), "only the method asked for: the browser caches what is listed");
        assertEquals(List.of("content-type", "x-request-id"),
                tokens(one(r, ACAH)).stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toList()),
                "Content-Type + the @HeaderParam names");
        assertEquals("600", one(r, ACMA), "maxAge from the package");
        assertVaryLists(r, "Origin", ACRM, ACRH);
        assertNull(one(r, "Allow"), "the container's automatic OPTIONS must not have answered");
        assertEquals("", r.body());
    }

    @Test
    void requestedHeadersAreMatchedCaseInsensitivelyAcrossLinesAndSpaces() throws Exception {
        assertEquals(204, http.preflight("items/1", PAGE, "PUT", ACRH, "Content-Type , X-Request-ID").statusCode());
        assertEquals(204, http.preflight("items/1", PAGE, "PUT", ACRH, "content-type", ACRH, "x-request-id").statusCode());
        assertEquals(204, http.preflight("items/1", PAGE, "PUT", ACRH, "content-type,,x-request-id,").statusCode());
    }

    @Test
    void nothingRequestedMeansNoAllowHeaders() throws Exception {
        HttpResponse<String> r = http.preflight("items/1", APP, "PATCH");
        assertEquals(204, r.statusCode());
        assertNull(one(r, ACAH));
    }

    @Test
    void disallowedOriginIsRefusedWith403AndNoCorsHeaders() throws Exception {
        HttpResponse<String> r = http.preflight("items/1", EVIL, "PUT", ACRH, "content-type");
        assertEquals(403, r.statusCode());
        assertNoCorsHeaders(r);
        assertVaryLists(r, "Origin", ACRM, ACRH);
    }

    @Test
    void methodNotServedIsRefused() throws Exception {
        assertEquals(403, http.preflight("public", PAGE, "DELETE").statusCode(), "public serves GET only");
        assertEquals(403, http.preflight("items", PAGE, "PUT").statusCode(), "items serves GET and POST");
    }

    @Test
    void methodsCompareCaseSensitively() throws Exception {
        HttpResponse<String> r = http.preflight("items/1", PAGE, "patch");
        assertEquals(403, r.statusCode());
        assertNoCorsHeaders(r);
    }

    @Test
    void headIsAllowedWhereGetIs() throws Exception {
        assertEquals(204, http.preflight("items", APP, "HEAD").statusCode());
    }

    @Test
    void headerNotAllowedIsRefused() throws Exception {
        HttpResponse<String> r = http.preflight("items/1", PAGE, "PUT", ACRH, "content-type,x-debug");
        assertEquals(403, r.statusCode());
        assertNoCorsHeaders(r);
    }

    @Test
    void methodLevelOverrideNarrowsOriginsAndSwitchesCachingOff() throws Exception {
        HttpResponse<String> allowed = http.preflight("items/2", PAGE, "DELETE");
        assertEquals(204, allowed.statusCode());
        assertEquals("true", one(allowed, ACAC), "credentials from the class");
        assertEquals("0", one(allowed, ACMA), "maxAge = 0 on the method");
        assertEquals(403, http.preflight("items/2", APP, "DELETE").statusCode(), "not in the method's origins");
        assertEquals(204, http.preflight("items/2", APP, "PUT").statusCode(), "PUT keeps the package origins");
    }

    @Test
    void wildcardPolicyAnswersStarWithoutVaryOrigin() throws Exception {
        assertEquals(403, http.preflight("public", EVIL, "GET", ACRH, "x-anything").statusCode());
        HttpResponse<String> r = http.preflight("public", EVIL, "GET", ACRH, "content-type");
        assertEquals(204, r.statusCode());
        assertEquals("*", one(r, ACAO));
        assertNull(one(r, ACAC));
        assertVaryLacks(r, "Origin");
        assertVaryLists(r, ACRM, ACRH);
    }

    /** {@code "*"} means what {@code Access-Control-Allow-Headers: *} means to browsers: never {@code Authorization}. */
    @Test
    void anyHeaderAllowsEveryValidNameButAuthorization() throws Exception {
        HttpResponse<String> r = http.preflight("any-header", PAGE, "GET", ACRH, "content-type,x-anything");
        assertEquals(204, r.statusCode(), r.headers().map().toString());
        assertEquals("content-type,x-anything", one(r, ACAH), "the validated names, never a literal *");
        HttpResponse<String> signedIn = http.preflight("any-header/credentials", PAGE, "PUT", ACRH, "X-Anything");
        assertEquals(204, signedIn.statusCode(), signedIn.headers().map().toString());
        assertEquals("true", one(signedIn, ACAC));
        assertEquals("x-anything", one(signedIn, ACAH));
        for (String path : List.of("any-header", "any-header/credentials")) {
            String method = path.equals("any-header") ? "GET" : "PUT";
            for (String requested : List.of("authorization", "Authorization", "x-anything,authorization")) {
                HttpResponse<String> refused = http.preflight(path, PAGE, method, ACRH, requested);
                assertEquals(403, refused.statusCode(), "\"*\" does not cover Authorization: " + method + " " + path
                        + " asking for " + requested);
                assertNoCorsHeaders(refused);
            }
        }
    }

    @Test
    void anyHeaderWithAuthorizationAllowsItToo() throws Exception {
        HttpResponse<String> r = http.preflight("any-header/authorization", PAGE, "GET", ACRH,
                "authorization,x-anything");
        assertEquals(204, r.statusCode(), r.headers().map().toString());
        assertEquals("authorization,x-anything", one(r, ACAH));
        assertEquals("true", one(r, ACAC));
        assertEquals("authorization", one(http.preflight("any-header/authorization", PAGE, "GET", ACRH,
                "Authorization"), ACAH));
        assertEquals(403, http.preflight("any-header/authorization", PAGE, "GET", ACRH, "authorization,x y")
                .statusCode(), "still only valid names");
    }

    @Test
    void privateNetworkIsAnsweredOnlyWhereEnabledAndAsked() throws Exception {
        HttpResponse<String> r = http.preflight("partners/acme", "http://localhost:3000", "GET", ACRPN, "true");
        assertEquals(204, r.statusCode());
        assertEquals("true", one(r, ACAPN));
        assertNull(one(http.preflight("partners/acme", "http://localhost:3000", "GET"), ACAPN), "not asked");
        r = http.preflight("items", PAGE, "POST", ACRPN, "true");
        assertEquals(204, r.statusCode());
        assertNull(one(r, ACAPN), "items does not opt in");
    }

    @Test
    void preflightForAPathWithoutPolicyIsLeftToTheContainer() throws Exception {
        HttpResponse<String> r = http.preflight("no-such-resource", PAGE, "GET");
        assertEquals(404, r.statusCode());
        assertNoCorsHeaders(r);
    }

    @Test
    void sameOriginPreflightIsNotACorsRequest() throws Exception {
        HttpResponse<String> r = http.preflight("items", server.ownOrigin(), "POST");
        assertNotEquals(403, r.statusCode(), "a same-origin request is not a CORS request");
        assertEquals(200, r.statusCode(), "the container's automatic OPTIONS answers");
        assertNull(one(r, ACAM));
    }

    @Test
    void repeatedRequestMethodIsRefused() throws Exception {
        RawHttp.Answer a = RawHttp.send(server.port(), "OPTIONS /api/items/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Origin: " + PAGE + "\r\n" + ACRM + ": PUT\r\n" + ACRM + ": DELETE");
        assertEquals(403, a.status(), a.raw());
        assertEquals(List.of(), a.values(ACAO));
    }

    @Test
    void aThousandRequestedHeadersAreRefused() throws Exception {
        String names = IntStream.range(0, 1000).mapToObj(i -> "x-h" + i).collect(Collectors.joining(","));
        HttpResponse<String> r = http.preflight("items/1", PAGE, "PUT", ACRH, names);
        assertEquals(403, r.statusCode());
        assertNoCorsHeaders(r);
    }

    @Test
    void malformedMethodsAndHeaderNamesAreRefused() throws Exception {
        assertEquals(403, http.preflight("items/1", PAGE, "PU T").statusCode());
        assertEquals(403, http.preflight("items/1", PAGE, "").statusCode());
        assertEquals(403, http.preflight("items/1", PAGE, "PUT", ACRH, "x y").statusCode());
        assertEquals(403, http.preflight("items/1", PAGE, "PUT", ACRH, "x%20y").statusCode());
    }
}
