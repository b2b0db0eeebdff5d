package org.corsgen.browser;

import static org.corsgen.testsupport.CorsHeaders.ACAC;
import static org.corsgen.testsupport.CorsHeaders.ACAH;
import static org.corsgen.testsupport.CorsHeaders.ACAM;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACEH;
import static org.corsgen.testsupport.CorsHeaders.ACMA;
import static org.corsgen.testsupport.CorsHeaders.ACRH;
import static org.corsgen.testsupport.CorsHeaders.ACRM;
import static org.corsgen.testsupport.CorsHeaders.lowerTokens;
import static org.corsgen.testsupport.CorsHeaders.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.ext.RuntimeDelegate;

import org.corsgen.browser.Chromium.FetchOutcome;
import org.corsgen.browser.api.AccountResource;
import org.corsgen.browser.api.BearerAuthFilter;
import org.corsgen.browser.api.BrowserTestApplication;
import org.corsgen.browser.api.Evidence.Exchange;
import org.corsgen.browser.api.Evidence;
import org.corsgen.browser.api.Origins;
import org.corsgen.testsupport.CorsHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The browser is the judge. Headless Chromium loads pages from other loopback origins and calls the API
 * (the generated {@code ApiCorsFilter} of {@code org.corsgen.browser.api}, found by ServiceLoader) with
 * {@code fetch()}. Every case asserts both sides:
 * <ul>
 *   <li>what the browser let the page see: readable (status, body, the response headers it may read) or
 *       blocked ({@code TypeError: Failed to fetch});</li>
 *   <li>what the server saw and answered ({@link Evidence}): whether a preflight arrived and with which
 *       {@code Access-Control-Request-*} headers exactly, whether the actual request arrived and the
 *       resource method ran, cookies and credentials, and the CORS headers of each response.</li>
 * </ul>
 * Topology, all on loopback: the API on a free port of 127.0.0.1 (reached as {@code 127.0.0.1} and, for the
 * cookie cases, as {@code localhost}: same site as the page); the allowed page origin
 * {@code http://localhost:47301}; the same server as {@code http://127.0.0.1:47301}, another origin; a
 * disallowed page origin {@code http://localhost:47302}; a sandboxed iframe (origin {@code null}); and a page
 * served by the API itself (same origin).
 *
 * <p>Subclasses name the Jakarta REST implementation that the surefire execution put on the class path;
 * the suite checks that this is the one {@code SeBootstrap} started.
 */
abstract class BrowserCorsSuite {

    static final String ALLOWED = Origins.ALLOWED;
    static final String ALLOWED_BY_IP = Origins.ALLOWED_BY_IP;
    static final String OTHER = Origins.OTHER;

    static final String JSON = "{'Content-Type': 'application/json'}";

    static SeBootstrap.Instance api;
    static PageServers pages;
    static Chromium browser;
    /** {@code http://127.0.0.1:<port>/api/} */
    static String apiByIp;
    /** {@code http://localhost:<port>/api/}: the same server, same site as the pages (for cookies) */
    static String apiByName;
    private static String currentPage;

    /** Starts everything; {@code implementationPackage} is the package prefix of the expected runtime. */
    static void startAll(String implementationPackage) throws Exception {
        String delegate = RuntimeDelegate.getInstance().getClass().getName();
        assertTrue(delegate.startsWith(implementationPackage), "this execution should run on " + implementationPackage
                + " but jakarta.ws.rs.ext.RuntimeDelegate is " + delegate + " (check the surefire executions)");
        SeBootstrap.Configuration config = SeBootstrap.Configuration.builder()
                .protocol("HTTP").host("127.0.0.1").port(0).rootPath("/").build();
        api = SeBootstrap.start(new BrowserTestApplication(), config).toCompletableFuture().get(60, TimeUnit.SECONDS);
        int port = api.configuration().port();
        apiByIp = "http://127.0.0.1:" + port + "/api/";
        apiByName = "http://localhost:" + port + "/api/";
        pages = PageServers.start(Origins.ALLOWED_PORT, Origins.OTHER_PORT);
        browser = Chromium.start();
        System.out.println("[browser tests] Chromium " + browser.version() + ", runtime " + delegate + ", API " + apiByIp);
    }

    @AfterAll
    static void stopAll() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            try {
                if (pages != null) {
                    pages.close();
                }
            } finally {
                if (api != null) {
                    api.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // simple requests: no preflight, and each safelisted body type

    @Test
    void simpleGetIsReadableAndOnlyTheExposedHeaderIsVisible() {
        String c = "simple-get";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "simple", c) + ")", "X-Exposed", "X-Hidden");
        assertReadable(o, 200);
        assertEquals("simple", o.body);
        assertEquals("shown", o.header("X-Exposed"), "listed in exposedHeaders: readable");
        assertNull(o.header("X-Hidden"), "not listed in exposedHeaders: hidden from the page");

        assertNoPreflight(c);
        Exchange get = only(c, "GET");
        assertEquals(ALLOWED, get.requestHeader("Origin"), get::toString);
        assertEquals(List.of("GET simple"), Evidence.resourceCalls(c));
        assertEquals(ALLOWED, get.responseHeader(ACAO), get::toString);
        assertEquals(1, get.responseHeaderLines(ACAO), "one Access-Control-Allow-Origin line");
        assertTokens(get.responseHeader(ACEH), "X-Exposed");
        assertNull(get.responseHeader(ACAC), get::toString);
        assertTokens(get.responseHeader("Vary"), "Origin");
    }

    @Test
    void simpleHeadIsReadableWithoutPreflight() {
        String c = "simple-head";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "simple", c) + ", {method: 'HEAD'})", "X-Exposed");
        assertReadable(o, 200);
        assertEquals("shown", o.header("X-Exposed"));
        assertNoPreflight(c);
        Exchange head = only(c, "HEAD");
        assertEquals(ALLOWED, head.requestHeader("Origin"));
        assertEquals(ALLOWED, head.responseHeader(ACAO), head::toString);
        assertEquals(List.of("GET simple"), Evidence.resourceCalls(c), "HEAD is served by the GET method");
    }

    @Test
    void simplePostWithAStringBodyIsTextPlain() {
        String c = "simple-post-text";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "simple", c) + ", {method: 'POST', body: 'hello'})");
        assertReadable(o, 200);
        assertSimplePost(c, o, "text/plain;charset=UTF-8");
    }

    @Test
    void simplePostWithUrlSearchParamsIsFormUrlEncoded() {
        String c = "simple-post-form";
        FetchOutcome o = fetchFrom(ALLOWED,
                "fetch(" + url(apiByIp, "simple", c) + ", {method: 'POST', body: new URLSearchParams({a: '1', b: 'x y'})})");
        assertReadable(o, 200);
        assertSimplePost(c, o, "application/x-www-form-urlencoded;charset=UTF-8");
    }

    @Test
    void simplePostWithFormDataIsMultipart() {
        String c = "simple-post-multipart";
        FetchOutcome o = fetchFrom(ALLOWED, "(() => { const f = new FormData(); f.append('a', '1');"
                + " return fetch(" + url(apiByIp, "simple", c) + ", {method: 'POST', body: f}); })()");
        assertReadable(o, 200);
        Exchange post = only(c, "POST");
        String type = post.requestHeader("Content-Type");
        assertTrue(type != null && type.startsWith("multipart/form-data; boundary="), post::toString);
        assertSimplePost(c, o, type);
    }

    private static void assertSimplePost(String c, FetchOutcome o, String contentType) {
        assertNoPreflight(c);
        Exchange post = only(c, "POST");
        assertEquals(contentType, post.requestHeader("Content-Type"), post::toString);
        assertEquals(contentType, o.body, "the resource saw the same Content-Type");
        assertEquals(ALLOWED, post.requestHeader("Origin"));
        assertEquals(ALLOWED, post.responseHeader(ACAO), post::toString);
        assertEquals(List.of("POST simple"), Evidence.resourceCalls(c));
    }

    // ---------------------------------------------------------------------------------------------
    // preflighted requests: JSON writes, method spelling, request headers

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void jsonWriteIsPreflightedThenReadable(String method) {
        String c = "json-" + method.toLowerCase(Locale.ROOT);
        String path = method.equals("POST") ? "items" : "items/1";
        String init = method.equals("DELETE") ? "{method: 'DELETE'}"
                : "{method: '" + method + "', headers: " + JSON + ", body: '{\"name\":\"x\"}'}";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, path, c) + ", " + init + ")");
        assertReadable(o, method.equals("POST") ? 201 : method.equals("DELETE") ? 204 : 200);

        Exchange preflight = only(c, "OPTIONS");
        assertEquals(ALLOWED, preflight.requestHeader("Origin"), preflight::toString);
        assertEquals(method, preflight.requestHeader(ACRM), preflight::toString);
        if (method.equals("DELETE")) {
            assertNull(preflight.requestHeader(ACRH), "no unsafe header, no Access-Control-Request-Headers");
        } else {
            assertEquals("content-type", preflight.requestHeader(ACRH), preflight::toString);
        }
        assertAllowedPreflight(preflight, ALLOWED);
        assertEquals(method, preflight.responseHeader(ACAM), "only the method asked for: " + preflight);
        assertEquals("600", preflight.responseHeader(ACMA));

        Exchange actual = only(c, method);
        if (!method.equals("DELETE")) {
            assertEquals("application/json", actual.requestHeader("Content-Type"));
        }
        assertEquals(ALLOWED, actual.responseHeader(ACAO), actual::toString);
        String resource = method + (method.equals("POST") ? " items" : " items/{id}");
        assertEquals(List.of(resource), Evidence.resourceCalls(c));
        assertTrue(preflight.status() > 0 && exchanges(c).indexOf(preflight) < exchanges(c).indexOf(actual),
                "the preflight came first");
    }

    @Test
    void lowerCasePatchIsSentAsWrittenAndRefused() {
        String c = "lowercase-patch";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "items/1", c)
                + ", {method: 'patch', headers: " + JSON + ", body: '{}'})");
        assertBlocked(o);
        Exchange preflight = only(c, "OPTIONS");
        assertEquals("patch", preflight.requestHeader(ACRM), "the browser does not normalise patch: " + preflight);
        assertRefusedPreflight(preflight);
        assertOnlyPreflight(c);
    }

    @Test
    void lowerCasePutIsNormalisedByTheBrowser() {
        String c = "lowercase-put";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "items/1", c)
                + ", {method: 'put', headers: " + JSON + ", body: '{}'})");
        assertReadable(o, 200);
        Exchange preflight = only(c, "OPTIONS");
        assertEquals("PUT", preflight.requestHeader(ACRM), "put is one of the six names browsers upper-case");
        only(c, "PUT");
        assertEquals(List.of("PUT items/{id}"), Evidence.resourceCalls(c));
    }

    @Test
    void customHeaderIsRequestedLowerCaseSortedWithoutSpaces() {
        String c = "custom-header";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "headers", c)
                + ", {method: 'PUT', headers: {'X-Req': 'r-1', 'Content-Type': 'application/json'}, body: '{}'})");
        assertReadable(o, 200);
        assertEquals("x-req=r-1", o.body);
        Exchange preflight = only(c, "OPTIONS");
        assertEquals("content-type,x-req", preflight.requestHeader(ACRH), preflight::toString);
        assertEquals(1, preflight.requestHeaderLines(ACRH));
        assertAllowedPreflight(preflight, ALLOWED);
        assertTokens(preflight.responseHeader(ACAH), "Content-Type", "X-Req");
        Exchange put = only(c, "PUT");
        assertEquals("r-1", put.requestHeader("X-Req"));
        assertEquals(List.of("PUT headers"), Evidence.resourceCalls(c));
    }

    @Test
    void upperCaseHeaderNameIsAllowedCaseInsensitively() {
        String c = "upper-case-header";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "headers", c) + ", {headers: {'X-UPPER-CASE': 'Loud'}})");
        assertReadable(o, 200);
        assertEquals("x-upper-case=Loud", o.body);
        Exchange preflight = only(c, "OPTIONS");
        assertEquals("GET", preflight.requestHeader(ACRM));
        assertEquals("x-upper-case", preflight.requestHeader(ACRH), "browsers lower-case requested names: " + preflight);
        assertAllowedPreflight(preflight, ALLOWED);
        assertTokens(preflight.responseHeader(ACAH), "X-Upper-Case");
        assertEquals("Loud", only(c, "GET").requestHeader("X-Upper-Case"));
        assertEquals(List.of("GET headers"), Evidence.resourceCalls(c));
    }

    @Test
    void headerOutsideThePolicyIsRefused() {
        String c = "refused-header";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "headers", c) + ", {headers: {'X-Debug': '1'}})");
        assertBlocked(o);
        Exchange preflight = only(c, "OPTIONS");
        assertEquals("x-debug", preflight.requestHeader(ACRH));
        assertRefusedPreflight(preflight);
        assertOnlyPreflight(c);
    }

    // ---------------------------------------------------------------------------------------------
    // Authorization and an auth-protected route

    @Test
    void authorizationIsListedByNameAndPassesTheAuthFilter() {
        String c = "authorization";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "secure", c)
                + ", {headers: {'Authorization': '" + BearerAuthFilter.TOKEN + "'}})");
        assertReadable(o, 200);
        assertEquals("secret", o.body);
        Exchange preflight = only(c, "OPTIONS");
        assertEquals("authorization", preflight.requestHeader(ACRH));
        assertNull(preflight.requestHeader("Authorization"), "a preflight never carries credentials");
        // answered before the authentication filter (which answers 401 to anything without the token)
        assertAllowedPreflight(preflight, ALLOWED);
        // Chromium would accept "*" here too (spec: it must not); the answer names the header itself
        assertTokens(preflight.responseHeader(ACAH), "Authorization");
        assertFalse(tokens(preflight.responseHeader(ACAH)).contains("*"), preflight::toString);
        Exchange get = only(c, "GET");
        assertEquals(BearerAuthFilter.TOKEN, get.requestHeader("Authorization"));
        assertEquals(List.of("GET secure"), Evidence.resourceCalls(c));
    }

    @Test
    void unauthorizedAnswerOfTheAuthFilterIsReadable() {
        String c = "unauthorized";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "secure", c) + ")");
        assertReadable(o, 401);
        assertNoPreflight(c);
        Exchange get = only(c, "GET");
        assertEquals(401, get.status());
        assertEquals(ALLOWED, get.responseHeader(ACAO), "the 401 of the auth filter carries the CORS headers: " + get);
        assertEquals(List.of(), Evidence.resourceCalls(c), "the auth filter stopped it");
    }

    @Test
    void anyHeaderPolicyEchoesACustomHeaderNotStar() {
        String c = "any-header";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "any-header", c)
                + ", {headers: {'X-Anything': 'yes'}})");
        assertReadable(o, 200);
        assertEquals("x-anything=yes", o.body);
        Exchange preflight = only(c, "OPTIONS");
        assertEquals("x-anything", preflight.requestHeader(ACRH));
        assertAllowedPreflight(preflight, ALLOWED);
        assertEquals("x-anything", preflight.responseHeader(ACAH),
                "allowedHeaders = \"*\" echoes the validated names, never a literal *: " + preflight);
        assertEquals(List.of("GET any-header"), Evidence.resourceCalls(c));
    }

    @Test
    void authorizationUnderAnyHeaderPolicyIsRefusedAsTheSpecSays() {
        String c = "authorization-any";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "any-header", c)
                + ", {headers: {'Authorization': 'Bearer any'}})");
        assertBlocked(o);
        Exchange preflight = only(c, "OPTIONS");
        assertEquals("authorization", preflight.requestHeader(ACRH));
        // Access-Control-Allow-Headers: * never covers Authorization (Fetch; Firefox, Safari; Chromium's
        // preflight cache): allowedHeaders = "*" means the same
        assertRefusedPreflight(preflight);
        assertOnlyPreflight(c);
    }

    @Test
    void authorizationListedNextToAnyHeaderIsEchoedNotStar() {
        String c = "authorization-any-listed";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "any-header/authorization", c)
                + ", {headers: {'Authorization': 'Bearer any'}})");
        assertReadable(o, 200);
        assertEquals("authorization=Bearer any", o.body);
        Exchange preflight = only(c, "OPTIONS");
        assertEquals("authorization", preflight.requestHeader(ACRH));
        assertAllowedPreflight(preflight, ALLOWED);
        assertEquals("authorization", preflight.responseHeader(ACAH),
                "allowedHeaders = {\"*\", \"Authorization\"} echoes the validated names, never a literal * (which"
                        + " the spec says does not cover Authorization): " + preflight);
        assertEquals(List.of("GET any-header/authorization"), Evidence.resourceCalls(c));
    }

    // ---------------------------------------------------------------------------------------------
    // credentials: cookies on the actual request, ACAO + ACAC on preflight and actual response

    @Test
    void credentialedRequestsCarryTheCookieAndBothResponsesAllowCredentials() {
        String login = "credentials-login";
        FetchOutcome in = fetchFrom(ALLOWED, "fetch(" + url(apiByName, "account/login", login)
                + ", {method: 'POST', body: 'alice', credentials: 'include'})");
        assertReadable(in, 200);
        Exchange post = only(login, "POST");
        assertEquals(ALLOWED, post.responseHeader(ACAO));
        assertEquals("true", post.responseHeader(ACAC), post::toString);
        assertNotNull(post.responseHeader("Set-Cookie"), post::toString);

        String c = "credentials-put";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByName, "account/me", c)
                + ", {method: 'PUT', headers: " + JSON + ", body: '{}', credentials: 'include'})", "X-Account");
        assertReadable(o, 200);
        assertEquals("updated", o.body, "the resource saw the session cookie");
        assertEquals("alice", o.header("X-Account"), "exposed on a credentialed response");

        Exchange preflight = only(c, "OPTIONS");
        assertNull(preflight.requestHeader("Cookie"), "a preflight never carries cookies: " + preflight);
        assertAllowedPreflight(preflight, ALLOWED);
        assertEquals("true", preflight.responseHeader(ACAC), "credentials need ACAC on the preflight too: " + preflight);
        Exchange put = only(c, "PUT");
        assertTrue(String.valueOf(put.requestHeader("Cookie")).contains("session=" + AccountResource.SESSION), put::toString);
        assertEquals(ALLOWED, put.responseHeader(ACAO));
        assertEquals("true", put.responseHeader(ACAC), put::toString);
        assertEquals(List.of("PUT account/me"), Evidence.resourceCalls(c));
    }

    // ---------------------------------------------------------------------------------------------
    // origins = "*"

    @Test
    void wildcardPolicyIsReadableFromAnyOriginWithoutCredentials() {
        String c = "wildcard-get";
        FetchOutcome o = fetchFrom(OTHER, "fetch(" + url(apiByIp, "public", c) + ")", "X-Exposed");
        assertReadable(o, 200);
        assertEquals("shown", o.header("X-Exposed"));
        Exchange get = only(c, "GET");
        assertEquals(OTHER, get.requestHeader("Origin"));
        assertEquals("*", get.responseHeader(ACAO), get::toString);
        assertNull(get.responseHeader(ACAC));
        assertNoPreflight(c);
    }

    @Test
    void wildcardPolicyAnswersPreflightsWithStar() {
        String c = "wildcard-put";
        FetchOutcome o = fetchFrom(OTHER, "fetch(" + url(apiByIp, "public", c) + ", {method: 'PUT', headers: " + JSON + ", body: '{}'})");
        assertReadable(o, 200);
        Exchange preflight = only(c, "OPTIONS");
        assertEquals(204, preflight.status(), preflight::toString);
        assertEquals("*", preflight.responseHeader(ACAO));
        only(c, "PUT");
        assertEquals(List.of("PUT public"), Evidence.resourceCalls(c));
    }

    @Test
    void wildcardPolicyIsBlockedForCredentialedRequests() {
        String c = "wildcard-credentials";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "public", c) + ", {credentials: 'include'})");
        assertBlocked(o);
        Exchange get = only(c, "GET");
        assertEquals("*", get.responseHeader(ACAO), "browsers refuse * for credentialed requests: " + get);
        assertNull(get.responseHeader(ACAC));
        assertEquals(List.of("GET public"), Evidence.resourceCalls(c), "the request was sent; only the answer is hidden");
    }

    @Test
    void wildcardPreflightIsBlockedForCredentialedRequests() {
        String c = "wildcard-credentials-put";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "public", c)
                + ", {method: 'PUT', headers: " + JSON + ", body: '{}', credentials: 'include'})");
        assertBlocked(o);
        Exchange preflight = only(c, "OPTIONS");
        assertEquals("*", preflight.responseHeader(ACAO), preflight::toString);
        assertNull(preflight.responseHeader(ACAC));
        assertOnlyPreflight(c);
    }

    // ---------------------------------------------------------------------------------------------
    // error statuses

    @Test
    void notFoundIsReadable() {
        String c = "status-404";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "errors/missing", c) + ")");
        assertReadable(o, 404);
        assertErrorDecorated(c, "GET", 404, "GET errors/missing");
    }

    @Test
    void badRequestAfterAPreflightIsReadable() {
        String c = "status-400";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "errors/invalid", c)
                + ", {method: 'PUT', headers: " + JSON + ", body: '{'})");
        assertReadable(o, 400);
        assertAllowedPreflight(only(c, "OPTIONS"), ALLOWED);
        assertErrorDecorated(c, "PUT", 400, "PUT errors/invalid");
    }

    @Test
    void serverErrorIsReadable() {
        String c = "status-500";
        FetchOutcome o = fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "errors/boom", c) + ")");
        assertReadable(o, 500);
        assertErrorDecorated(c, "GET", 500, "GET errors/boom");
    }

    private static void assertErrorDecorated(String c, String method, int status, String resource) {
        Exchange x = only(c, method);
        assertEquals(status, x.status(), x::toString);
        assertEquals(ALLOWED, x.responseHeader(ACAO), x::toString);
        assertEquals(List.of(resource), Evidence.resourceCalls(c));
    }

    // ---------------------------------------------------------------------------------------------
    // preflight cache

    @Test
    void secondIdenticalRequestWithinMaxAgeSendsNoPreflight() {
        String c = "cache-600";
        String call = "fetch(" + url(apiByIp, "cache/cached", c) + ", {method: 'PUT', headers: " + JSON + ", body: '{}'})";
        assertReadable(fetchFrom(ALLOWED, call), 204);
        assertReadable(fetchFrom(ALLOWED, call), 204);
        List<Exchange> preflights = of(c, "OPTIONS");
        assertEquals(1, preflights.size(), "one preflight, cached for 600 s: " + exchanges(c));
        assertEquals("600", preflights.get(0).responseHeader(ACMA));
        assertEquals(2, of(c, "PUT").size());
        assertEquals(List.of("PUT cache/cached", "PUT cache/cached"), Evidence.resourceCalls(c));
    }

    @Test
    void maxAgeZeroSendsThePreflightAgain() {
        String c = "cache-0";
        String call = "fetch(" + url(apiByIp, "cache/uncached", c) + ", {method: 'PUT', headers: " + JSON + ", body: '{}'})";
        assertReadable(fetchFrom(ALLOWED, call), 204);
        assertReadable(fetchFrom(ALLOWED, call), 204);
        List<Exchange> preflights = of(c, "OPTIONS");
        assertEquals(2, preflights.size(), "maxAge = 0: not cached: " + exchanges(c));
        assertEquals("0", preflights.get(0).responseHeader(ACMA));
        assertEquals(2, of(c, "PUT").size());
    }

    /**
     * Chromium caches every method of {@code Access-Control-Allow-Methods} for (origin, URL, credentials
     * mode). Had the {@code PUT} preflight listed {@code DELETE}, the page's {@code DELETE} would go out
     * without a preflight and run, although the {@code DELETE} policy allows only another origin.
     */
    @Test
    void preflightCacheDoesNotCarryAMethodWithANarrowerPolicy() {
        String c = "cache-narrower-delete";
        String url = url(apiByIp, "guarded/1", c);
        FetchOutcome put = fetchFrom(ALLOWED, "fetch(" + url + ", {method: 'PUT', credentials: 'include'})");
        assertReadable(put, 204);
        assertEquals(List.of("OPTIONS", "PUT"), exchanges(c).stream().map(Exchange::method).collect(Collectors.toList()),
                () -> "the PUT is preflighted: " + exchanges(c));
        FetchOutcome delete = fetchFrom(ALLOWED, "fetch(" + url + ", {method: 'DELETE', credentials: 'include'})");

        // what the browser did: it asked again for DELETE, was refused, and never sent the DELETE
        List<Exchange> preflights = of(c, "OPTIONS");
        assertEquals(2, preflights.size(), "the DELETE needs a preflight of its own (the PUT preflight must not"
                + " have let the browser cache DELETE), but the server saw: " + exchanges(c));
        Exchange deletePreflight = preflights.get(1);
        assertEquals(ALLOWED, deletePreflight.requestHeader("Origin"), deletePreflight::toString);
        assertEquals("DELETE", deletePreflight.requestHeader(ACRM), deletePreflight::toString);
        assertRefusedPreflight(deletePreflight);
        assertEquals(List.of(), of(c, "DELETE"), "the browser must not send the DELETE: " + exchanges(c));
        assertEquals(List.of("PUT guarded/{id}"), Evidence.resourceCalls(c), "DELETE guarded/{id} must never run");
        assertBlocked(delete);
        assertTrue(delete.error.startsWith("TypeError"), delete::toString);
        assertEquals(List.of("OPTIONS", "PUT", "OPTIONS"),
                exchanges(c).stream().map(Exchange::method).collect(Collectors.toList()), () -> exchanges(c).toString());

        // why: the PUT preflight's answer listed PUT alone
        Exchange putPreflight = preflights.get(0);
        assertEquals("PUT", putPreflight.requestHeader(ACRM), putPreflight::toString);
        assertAllowedPreflight(putPreflight, ALLOWED);
        assertEquals("PUT", putPreflight.responseHeader(ACAM), "only the method asked for: " + putPreflight);
        assertEquals("true", putPreflight.responseHeader(ACAC), putPreflight::toString);
        assertEquals("600", putPreflight.responseHeader(ACMA), putPreflight::toString);
    }

    // ---------------------------------------------------------------------------------------------
    // origins: disallowed, 127.0.0.1 vs localhost, null, same origin

    @Test
    void disallowedOriginSimpleRequestRunsButIsUnreadable() {
        String c = "other-origin-get";
        FetchOutcome o = fetchFrom(OTHER, "fetch(" + url(apiByIp, "simple", c) + ")");
        assertBlocked(o);
        Exchange get = only(c, "GET");
        assertEquals(OTHER, get.requestHeader("Origin"));
        assertNoCorsHeaders(get);
        assertTokens(get.responseHeader("Vary"), "Origin");
        assertEquals(List.of("GET simple"), Evidence.resourceCalls(c), "CORS hides the answer; the request still ran");
    }

    @Test
    void disallowedOriginPreflightIsRefusedAndTheResourceNeverRuns() {
        String c = "other-origin-put";
        FetchOutcome o = fetchFrom(OTHER, "fetch(" + url(apiByIp, "items/1", c) + ", {method: 'PUT', headers: " + JSON + ", body: '{}'})");
        assertBlocked(o);
        Exchange preflight = only(c, "OPTIONS");
        assertEquals(OTHER, preflight.requestHeader("Origin"));
        assertRefusedPreflight(preflight);
        assertOnlyPreflight(c);
    }

    @Test
    void loopbackIpAndLocalhostAreDifferentOrigins() {
        String c = "ip-origin";
        FetchOutcome o = fetchFrom(ALLOWED_BY_IP, "fetch(" + url(apiByIp, "simple", c) + ")");
        assertBlocked(o);
        Exchange get = only(c, "GET");
        assertEquals(ALLOWED_BY_IP, get.requestHeader("Origin"), "the page's origin as the browser sends it");
        assertNoCorsHeaders(get);

        String both = "ip-origin-listed";
        FetchOutcome listed = fetchFrom(ALLOWED_BY_IP, "fetch(" + url(apiByIp, "two-names", both) + ")");
        assertReadable(listed, 200);
        assertEquals(ALLOWED_BY_IP, only(both, "GET").responseHeader(ACAO));

        String byName = "name-origin-listed";
        assertReadable(fetchFrom(ALLOWED, "fetch(" + url(apiByIp, "two-names", byName) + ")"), 200);
        assertEquals(ALLOWED, only(byName, "GET").responseHeader(ACAO), "each origin gets its own exact echo");
    }

    @Test
    void sandboxedIframeSendsOriginNullAndIsRefused() {
        String c = "null-origin";
        FetchOutcome o = fetchFromSandbox("fetch(" + url(apiByIp, "simple", c) + ")");
        assertBlocked(o);
        Exchange get = only(c, "GET");
        assertEquals("null", get.requestHeader("Origin"), get::toString);
        assertNoCorsHeaders(get);

        String star = "null-origin-wildcard";
        FetchOutcome pub = fetchFromSandbox("fetch(" + url(apiByIp, "public", star) + ")");
        assertReadable(pub, 200);
        assertEquals("null", only(star, "GET").requestHeader("Origin"));
        assertEquals("*", only(star, "GET").responseHeader(ACAO), "a * policy serves opaque origins too");
    }

    @Test
    void sameOriginPostIsNotRefused() {
        String c = "same-origin-post";
        browser.open(apiByIp + "page");
        currentPage = null;
        String own = apiByIp.substring(0, apiByIp.indexOf("/api/"));
        assertEquals(own, browser.origin());
        FetchOutcome o = browser.fetch("fetch('items?" + Evidence.CASE_PARAMETER + "=" + c
                + "', {method: 'POST', headers: " + JSON + ", body: '{}'})", List.of());
        assertReadable(o, 201);
        assertNoPreflight(c);
        Exchange post = only(c, "POST");
        assertEquals(own, post.requestHeader("Origin"), "Chromium sends Origin on a same-origin POST: " + post);
        assertEquals(List.of("POST items"), Evidence.resourceCalls(c));
    }

    // ---------------------------------------------------------------------------------------------
    // helpers

    /** A URL of the API tagged with the test case, as a JavaScript string literal. */
    static String url(String base, String path, String caseId) {
        return "'" + base + path + "?" + Evidence.CASE_PARAMETER + "=" + caseId + "'";
    }

    /** Opens the blank page of {@code origin} (unless it is open) and runs {@code call} there. */
    static FetchOutcome fetchFrom(String origin, String call, String... readHeaders) {
        if (!origin.equals(currentPage)) {
            browser.open(origin + "/");
            assertEquals(origin, browser.origin(), "the page's origin");
            currentPage = origin;
        }
        return browser.fetch(call, Arrays.asList(readHeaders));
    }

    /** Runs {@code call} inside a sandboxed iframe of the allowed page. */
    static FetchOutcome fetchFromSandbox(String call, String... readHeaders) {
        browser.open(ALLOWED + "/sandbox.html");
        currentPage = null;
        browser.enterFrame("frame");
        assertEquals("null", browser.origin(), "a sandboxed frame has an opaque origin");
        return browser.fetch(call, Arrays.asList(readHeaders));
    }

    static void assertReadable(FetchOutcome o, int status) {
        assertTrue(o.readable, "the browser should have let the page read the response, but: " + o);
        assertEquals(status, o.status, o::toString);
    }

    static void assertBlocked(FetchOutcome o) {
        assertFalse(o.readable, "the browser should have blocked the response, but the page read: " + o);
        assertTrue(o.error != null && o.error.contains("Failed to fetch"), "a CORS failure, not another error: " + o);
    }

    static List<Exchange> exchanges(String c) {
        return Evidence.exchanges(c);
    }

    static List<Exchange> of(String c, String method) {
        return exchanges(c).stream().filter(x -> x.method().equals(method)).collect(Collectors.toList());
    }

    static Exchange only(String c, String method) {
        List<Exchange> found = of(c, method);
        assertEquals(1, found.size(), "expected exactly one " + method + " for case " + c + ", the server saw: " + exchanges(c));
        return found.get(0);
    }

    static void assertNoPreflight(String c) {
        assertEquals(List.of(), of(c, "OPTIONS"), "no preflight expected for case " + c);
    }

    /** The preflight was the only request: the browser did not send the actual one, and nothing ran. */
    static void assertOnlyPreflight(String c) {
        assertEquals(List.of("OPTIONS"), exchanges(c).stream().map(Exchange::method).collect(Collectors.toList()),
                "only the preflight should have arrived: " + exchanges(c));
        assertEquals(List.of(), Evidence.resourceCalls(c), "no resource method may run");
    }

    static void assertAllowedPreflight(Exchange preflight, String origin) {
        assertEquals("OPTIONS", preflight.method());
        assertEquals(204, preflight.status(), preflight::toString);
        assertEquals(origin, preflight.responseHeader(ACAO), preflight::toString);
        assertEquals(1, preflight.responseHeaderLines(ACAO));
        assertNotNull(preflight.responseHeader(ACAM), preflight::toString);
    }

    static void assertRefusedPreflight(Exchange preflight) {
        assertEquals(403, preflight.status(), preflight::toString);
        assertNoCorsHeaders(preflight);
    }

    static void assertNoCorsHeaders(Exchange x) {
        for (String h : CorsHeaders.RESPONSE_HEADERS) {
            assertNull(x.responseHeader(h), h + " must not be sent: " + x);
        }
    }

    /** Asserts that the comma-separated header value lists every name (case-insensitively). */
    static void assertTokens(String value, String... names) {
        List<String> have = lowerTokens(value);
        for (String name : names) {
            assertTrue(have.contains(name.toLowerCase(Locale.ROOT)), "\"" + value + "\" should list " + name);
        }
    }

}
