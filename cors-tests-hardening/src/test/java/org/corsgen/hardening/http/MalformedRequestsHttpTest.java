package org.corsgen.hardening.http;

import static org.corsgen.testsupport.CorsHeaders.ACAC;
import static org.corsgen.testsupport.CorsHeaders.ACAH;
import static org.corsgen.testsupport.CorsHeaders.ACAM;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACAPN;
import static org.corsgen.testsupport.CorsHeaders.ACMA;
import static org.corsgen.testsupport.CorsHeaders.ACRH;
import static org.corsgen.testsupport.CorsHeaders.ACRM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.corsgen.testsupport.CorsHeaders;
import org.corsgen.testsupport.RawHttp;

/**
 * The bad-input catalogue, over real HTTP to Jersey + Grizzly on 127.0.0.1: repeated {@code Origin} and
 * {@code Access-Control-Request-Method} lines, huge and malformed {@code Access-Control-Request-Headers},
 * OPTIONS that is not a preflight, odd method spellings, a spoofed same origin, odd paths. Every answer comes
 * within the time limit (no hang), is never a 5xx, never carries a CORS header it should not, and never
 * reflects the bad value.
 */
class MalformedRequestsHttpTest {

    static final String APP = "https://app.example.com";
    static final String EVIL = "https://evil.example.net";

    static HardeningServer server;
    static Wire wire;
    static HardeningServer baselineServer;
    static Wire baseline;

    @BeforeAll
    static void start() throws Exception {
        server = HardeningServer.start();
        wire = new Wire(server.port());
        baselineServer = HardeningServer.startWithoutCors();
        baseline = new Wire(baselineServer.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (baselineServer != null) {
            baselineServer.close();
        }
    }

    private static RawHttp.Answer send(String method, String target, String... headers) throws Exception {
        RawHttp.Answer a = wire.send(method, target, headers);
        Answers.assertSane(a, method + " " + target);
        return a;
    }

    private static void assertRefusedPreflight(RawHttp.Answer a, String what) {
        assertEquals(403, a.status(), () -> what + ": " + a);
        CorsHeaders.assertNoCorsHeaders(a, what);
    }

    // ---- several Origin lines ------------------------------------------------------------------------------

    @Test
    void severalOriginLinesAreNeverMergedIntoAnAllowedOne() throws Exception {
        String[][] pairs = {{APP, APP}, {APP, EVIL}, {EVIL, APP}, {"https://a.example.com", "https://b.example.com"}};
        for (String[] p : pairs) {
            for (String path : new String[] {"/api/exact", "/api/several", "/api/patterns"}) {
                RawHttp.Answer pre = wire.raw("OPTIONS", path, "Origin", p[0], "Origin", p[1], ACRM, "PUT");
                Answers.assertSane(pre, path);
                assertRefusedPreflight(pre, "two Origin lines " + List.of(p) + " on " + path);
                RawHttp.Answer get = wire.raw("GET", path, "Origin", p[0], "Origin", p[1]);
                Answers.assertSane(get, path);
                assertEquals(200, get.status(), get::toString);
                CorsHeaders.assertNoCorsHeaders(get, "two Origin lines on " + path);
                Answers.assertNotReflected(get, p[0] + "," + p[1], null, path);
            }
            RawHttp.Answer any = wire.raw("GET", "/api/any", "Origin", p[0], "Origin", p[1]);
            assertEquals("*", any.one(ACAO), any::toString);
        }
    }

    // ---- several Access-Control-Request-Method lines -------------------------------------------------------

    @Test
    void severalRequestMethodLinesAreRefused() throws Exception {
        for (String[] m : new String[][] {{"PUT", "PUT"}, {"PUT", "DELETE"}, {"GET", "PUT"}}) {
            RawHttp.Answer a = wire.raw("OPTIONS", "/api/exact", "Origin", APP, ACRM, m[0], ACRM, m[1]);
            Answers.assertSane(a, "two ACRM lines");
            assertRefusedPreflight(a, "two ACRM lines " + List.of(m));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "PUT,PUT", "PUT DELETE", "PUT\t", "P\u00dcT", "PUT\u0000", "PU(T)", "*"})
    void malformedRequestMethodsAreRefused(String method) throws Exception {
        RawHttp.Answer a = send("OPTIONS", "/api/exact", "Origin", APP, ACRM, method);
        assertRefusedPreflight(a, "ACRM " + HostileOrigins.show(method));
        Answers.assertNotReflected(a, method, null, "ACRM");
    }

    // ---- Access-Control-Request-Headers --------------------------------------------------------------------

    @Test
    void aThousandRequestedNamesAreRefusedInBoundedTime() throws Exception {
        String names = IntStream.rangeClosed(1, 1000).mapToObj(i -> "x-h" + i).collect(Collectors.joining(","));
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertRefusedPreflight(send("OPTIONS", "/api/echo/1", "Origin", APP, ACRM, "PUT", ACRH, names),
                    "1,000 names on one line");
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("20 preflights with 1,000 requested names (" + names.length() + " chars): " + ms + " ms");
        assertTrue(ms < 10_000, "20 refusals took " + ms + " ms");
    }

    @Test
    void aThousandRequestedHeaderLinesAreRefused() throws Exception {
        List<String> headers = new ArrayList<>(List.of("Origin", APP, ACRM, "PUT"));
        for (int i = 1; i <= 1000; i++) {
            headers.add(ACRH);
            headers.add("x-h" + i);
        }
        RawHttp.Answer a = wire.raw("OPTIONS", "/api/echo/1", headers.toArray(new String[0]));
        Answers.assertSane(a, "1,000 ACRH lines");
        // the container may refuse so many header lines itself (400); otherwise the filter refuses (403)
        assertTrue(a.status() == 403 || a.status() == 400, a::toString);
        CorsHeaders.assertNoCorsHeaders(a, "1,000 ACRH lines");
        System.out.println("1,000 ACRH lines: " + a.status());
    }

    @Test
    void sixtyFourKibibytesOfRequestedHeadersAreRefused() throws Exception {
        for (String value : new String[] {"x".repeat(65_536), "x-a,".repeat(16_384), " ,".repeat(32_768)}) {
            long start = System.nanoTime();
            RawHttp.Answer a = wire.raw("OPTIONS", "/api/echo/1", "Origin", APP, ACRM, "PUT", ACRH, value);
            long ms = (System.nanoTime() - start) / 1_000_000;
            Answers.assertSane(a, "64 KiB ACRH");
            // Grizzly refuses a header section over its limit itself; either way: no CORS headers, no echo
            assertTrue(a.status() == 403 || a.status() == 400 || a.status() == 413 || a.status() == 431, a::toString);
            CorsHeaders.assertNoCorsHeaders(a, "64 KiB ACRH");
            Answers.assertNotReflected(a, value.substring(0, 64), null, "64 KiB ACRH");
            assertTrue(ms < 5_000, "64 KiB took " + ms + " ms");
            System.out.println("ACRH of " + value.length() + " characters: " + a.status() + " in " + ms + " ms");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ",", ",,,", " , ,\t,", ","})
    void emptyItemsRequestNothing(String value) throws Exception {
        RawHttp.Answer a = send("OPTIONS", "/api/echo/1", "Origin", APP, ACRM, "PUT", ACRH, value);
        assertEquals(204, a.status(), a::toString);
        assertEquals(APP, a.one(ACAO));
        assertNull(a.one(ACAH), () -> "nothing requested, nothing echoed: " + a);
    }

    @Test
    void emptyItemsAroundNamesAreDroppedAndOnlyValidatedNamesAreEchoed() throws Exception {
        RawHttp.Answer a = send("OPTIONS", "/api/echo/1", "Origin", APP, ACRM, "PUT", ACRH, ",X-A ,, x-B\t,");
        assertEquals(204, a.status(), a::toString);
        assertEquals("x-a,x-b", a.one(ACAH));
        RawHttp.Answer lines = wire.raw("OPTIONS", "/api/echo/1", "Origin", APP, ACRM, "PUT", ACRH, "X-A", ACRH, "",
                ACRH, "x-b, Content-Type");
        assertEquals(204, lines.status(), lines::toString);
        assertEquals(List.of("x-a", "x-b", "content-type"), CorsHeaders.lowerTokens(lines.one(ACAH)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x a", "x(a)", "x;a", "x/a", "\"x-a\"", "x-a:1", "x@a", "{x}", "x-a=1", "x\u00e9",
        "x\u0000a", "x\u0001", "x\u007f", "x-\u0430", "content-type,x a", "x-a,\"y\"", "[x]", "x\\a", "x?a"})
    void nonTokenNamesAreRefusedAndNeverEchoed(String value) throws Exception {
        RawHttp.Answer a = send("OPTIONS", "/api/echo/1", "Origin", APP, ACRM, "PUT", ACRH, value);
        assertRefusedPreflight(a, "ACRH " + HostileOrigins.show(value));
        Answers.assertNotReflected(a, value, null, "ACRH");
    }

    @Test
    void namesOutsideAnExplicitListAreRefused() throws Exception {
        assertEquals(204, send("OPTIONS", "/api/exact", "Origin", APP, ACRM, "PUT", ACRH, "CONTENT-TYPE").status());
        for (String v : new String[] {"x-evil", "content-type,x-evil", "content-type-x", "content_type", "authorization"}) {
            assertRefusedPreflight(send("OPTIONS", "/api/exact", "Origin", APP, ACRM, "PUT", ACRH, v), "ACRH " + v);
        }
    }

    // ---- OPTIONS that is not a preflight, and method spellings ----------------------------------------------

    @Test
    void optionsWithoutRequestMethodGoesToTheApplication() throws Exception {
        RawHttp.Answer allowed = send("OPTIONS", "/api/exact", "Origin", APP);
        assertEquals(200, allowed.status(), allowed::toString);
        assertTrue(allowed.one("Allow") != null, () -> "answered by the container's OPTIONS: " + allowed);
        assertEquals(APP, allowed.one(ACAO), "an actual OPTIONS request from an allowed origin");
        for (String h : List.of(ACAM, ACAH, ACMA, ACAPN)) {
            assertNull(allowed.one(h), () -> h + " belongs to preflight answers only: " + allowed);
        }
        RawHttp.Answer evil = send("OPTIONS", "/api/exact", "Origin", EVIL);
        assertEquals(200, evil.status(), evil::toString);
        CorsHeaders.assertNoCorsHeaders(evil, "OPTIONS from another origin");
        RawHttp.Answer noOrigin = send("OPTIONS", "/api/exact", ACRM, "PUT");
        assertEquals(200, noOrigin.status(), noOrigin::toString);
        CorsHeaders.assertNoCorsHeaders(noOrigin, "OPTIONS without Origin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"options", "Options", "OPTIONs", "OPTION", "OPTIONSX", "GeT", "get", "PURGE", "FOO", "M-SEARCH"})
    void oddRequestMethodsAreNeverAPreflightNorAnError(String method) throws Exception {
        for (String origin : new String[] {APP, EVIL}) {
            RawHttp.Answer a = send(method, "/api/exact", "Origin", origin, ACRM, "PUT", ACRH, "content-type");
            assertTrue(a.status() != 204, () -> method + " is not OPTIONS, so not a preflight: " + a);
            for (String h : List.of(ACAM, ACAH, ACMA)) {
                assertNull(a.one(h), () -> method + ": " + h + " only answers real preflights: " + a);
            }
            if (origin.equals(EVIL)) {
                CorsHeaders.assertNoCorsHeaders(a, method + " from another origin");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"put", "Put", "pUT", "delete", "get", "G ET", "PATCH", "CONNECT", "TRACE"})
    void requestedMethodsCompareCaseSensitively(String method) throws Exception {
        assertRefusedPreflight(send("OPTIONS", "/api/exact", "Origin", APP, ACRM, method), "ACRM " + method);
    }

    @Test
    void headIsAllowedWhereGetIs() throws Exception {
        RawHttp.Answer a = send("OPTIONS", "/api/exact", "Origin", APP, ACRM, "HEAD");
        assertEquals(204, a.status(), a::toString);
        assertEquals(APP, a.one(ACAO));
        assertEquals("true", a.one(ACAC));
    }

    @Test
    void privateNetworkIsNotGrantedWhereNotEnabled() throws Exception {
        RawHttp.Answer a = send("OPTIONS", "/api/exact", "Origin", APP, ACRM, "PUT",
                "Access-Control-Request-Private-Network", "true");
        assertEquals(204, a.status(), a::toString);
        assertNull(a.one(ACAPN), a::toString);
    }

    // ---- same-origin spoofing and odd targets --------------------------------------------------------------

    @Test
    void aSpoofedHostMakesTheRequestSameOriginButNeverGrantsCorsHeaders() throws Exception {
        RawHttp.Answer pre = wire.raw("OPTIONS", "/api/exact", "Host", "evil.example.net", "Origin", "http://evil.example.net",
                ACRM, "PUT");
        Answers.assertSane(pre, "spoofed Host");
        assertTrue(pre.status() == 200 || pre.status() == 403, pre::toString);
        CorsHeaders.assertNoCorsHeaders(pre, "spoofed Host");
        RawHttp.Answer absolute = wire.raw("OPTIONS", "http://evil.example.net/api/exact", "Origin", "http://evil.example.net",
                ACRM, "PUT");
        Answers.assertSane(absolute, "absolute-form target");
        CorsHeaders.assertNoCorsHeaders(absolute, "absolute-form target");
        RawHttp.Answer get = wire.raw("GET", "/api/exact", "Host", "evil.example.net", "Origin", "http://evil.example.net");
        Answers.assertSane(get, "spoofed Host");
        CorsHeaders.assertNoCorsHeaders(get, "spoofed Host GET");
    }

    /**
     * Odd request targets. Grizzly (mapping {@code @ApplicationPath("api")}) answers some of them with 500 itself,
     * before Jersey or any filter runs: malformed or non-UTF-8 percent-encoding ({@code %}, {@code %zz},
     * {@code %00}, an encoded slash) and characters not allowed in a URI. For those the answer must be exactly
     * the container's own (the same resources without corsgen) and carry no CORS header; for every other
     * target the answer is never a 5xx.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/api/exact/%", "/api/exact/%zz", "/api/exact;x=1", "/api/;/exact", "/api/exact/..%2f..%2f",
        "/api/exact/%00", "/api//exact", "/api/exact/\u00e9", "/api/echo/%0d%0a", "/api/echo/a;b/c", "/api/echo/{x}",
        "/api/ex%61ct", "/api/EXACT", "/api/exact?x=\u0000", "/api/exact/%c3%28", "/api", "/", "*"})
    void oddPathsAreAnsweredWithoutAnErrorOfCorsgen(String target) throws Exception {
        for (String origin : new String[] {APP, EVIL}) {
            for (String[] request : new String[][] {{"OPTIONS", "Origin", origin, ACRM, "GET"}, {"GET", "Origin", origin}}) {
                String[] headers = java.util.Arrays.copyOfRange(request, 1, request.length);
                RawHttp.Answer a = wire.raw(request[0], target, headers);
                RawHttp.Answer without = baseline.raw(request[0], target, headers);
                String what = request[0] + " " + HostileOrigins.show(target) + " from " + origin;
                if (without.status() >= 500) {
                    assertEquals(without.status(), a.status(), () -> what + ": the container's own error, unchanged: " + a);
                    CorsHeaders.assertNoCorsHeaders(a, what);
                    continue;
                }
                Answers.assertSane(a, what);
                if (origin.equals(EVIL)) {
                    CorsHeaders.assertNoCorsHeaders(a, what);
                } else if (a.status() == 204) {
                    assertEquals(APP, a.one(ACAO), a::toString);
                }
            }
        }
    }

    @Test
    void hugePathsAndManyHeadersAreAnsweredWithoutAnError() throws Exception {
        RawHttp.Answer longPath = wire.raw("OPTIONS", "/api/echo/" + "a".repeat(16_384), "Origin", APP, ACRM, "PUT");
        Answers.assertSane(longPath, "16 KiB path");
        RawHttp.Answer manySegments = wire.raw("OPTIONS", "/api/echo/" + "a/".repeat(4_000), "Origin", APP, ACRM, "PUT");
        Answers.assertSane(manySegments, "4,000 segments");
        List<String> headers = new ArrayList<>(List.of("Origin", APP, ACRM, "PUT"));
        for (int i = 0; i < 200; i++) {
            headers.add("X-Junk-" + i);
            headers.add("v".repeat(20));
        }
        RawHttp.Answer many = wire.raw("OPTIONS", "/api/exact", headers.toArray(new String[0]));
        Answers.assertSane(many, "200 extra headers");
        assertTrue(many.status() == 204 || many.status() == 400, many::toString);
    }
}
