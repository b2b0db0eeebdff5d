package org.corsgen.conformance;

import static org.corsgen.conformance.Origins.EVIL;
import static org.corsgen.conformance.Origins.PAGE;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACRM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.corsgen.testsupport.RawHttp;

/** Bytes no browser sends, over a plain socket: refused cleanly, never a 500, never reflected. */
@ExtendWith(ConformanceServer.class)
class MalformedInputTest {

    static int port;

    @BeforeAll
    static void start(Server s) {
        port = s.port();
    }

    @Test
    void severalOriginHeadersAreRefusedNotMerged() throws Exception {
        RawHttp.Answer a = RawHttp.send(port, "GET /api/items HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Origin: " + PAGE + "\r\nOrigin: " + EVIL);
        assertEquals(200, a.status(), a.raw());
        assertEquals(List.of(), a.values(ACAO));
        RawHttp.Answer preflight = RawHttp.send(port, "OPTIONS /api/items HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Origin: " + PAGE + "\r\nOrigin: " + PAGE + "\r\n" + ACRM + ": POST");
        assertEquals(403, preflight.status(), preflight.raw());
        assertEquals(List.of(), preflight.values(ACAO));
    }

    @Test
    void controlCharactersAreNeverReflectedNorA500() throws Exception {
        for (String bad : List.of(PAGE + "\u0000", PAGE + "\u000bx", PAGE + "\u007f")) {
            RawHttp.Answer a = RawHttp.send(port, "GET /api/items HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: " + bad);
            assertTrue(a.status() == 200 || a.status() == 400, "status " + a.status() + " for " + bad.length());
            assertEquals(List.of(), a.values(ACAO), a.raw());
        }
    }

    @Test
    void aBareCarriageReturnNeverInjectsAResponseHeader() throws Exception {
        RawHttp.Answer a = RawHttp.send(port, "GET /api/items HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: " + PAGE
                + "\rX-Injected: 1");
        assertTrue(a.status() == 200 || a.status() == 400, "status " + a.status());
        assertEquals(List.of(), a.values("X-Injected"), a.raw());
        // Undertow ends the header line at the bare CR (the Origin it hands on is exactly PAGE, an allowed
        // origin); Grizzly keeps the whole value, which is no origin at all. Either way nothing else is echoed.
        List<String> allowOrigin = a.values(ACAO);
        assertTrue(allowOrigin.isEmpty() || allowOrigin.equals(List.of(PAGE)), a.raw());
        assertTrue(a.headerLines().stream().noneMatch(line -> line.chars().anyMatch(c -> c < 0x20 && c != '\t')),
                a.raw());
    }

    @Test
    void hugeOriginIsRefused() throws Exception {
        String huge = "https://" + "a".repeat(20_000) + ".example.com";
        RawHttp.Answer a = RawHttp.send(port, "GET /api/items HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: " + huge);
        assertNotEquals(500, a.status());
        assertEquals(List.of(), a.values(ACAO));
    }

    @Test
    void percentEncodedOriginIsRefused() throws Exception {
        RawHttp.Answer a = RawHttp.send(port, "OPTIONS /api/items HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Origin: https://app%2eexample.com\r\n" + ACRM + ": POST");
        assertEquals(403, a.status(), a.raw());
        assertEquals(List.of(), a.values(ACAO));
    }
}
