package org.corsgen.runtime.headers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpTokensTest {

    @Test
    void tcharIsExactlyRfc9110() {
        String tchars = "!#$%&'*+-.^_`|~";
        for (char c = 0; c < 0x3000; c++) {
            boolean expected = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || tchars.indexOf(c) >= 0;
            assertEquals(expected, HttpTokens.isTchar(c), "char " + (int) c);
        }
        assertFalse(HttpTokens.isTchar('\uffff'));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "x-req", "Content-Type", "*", "!#$%&'*+-.^_`|~09azAZ", "a"})
    void tokens(String s) {
        assertTrue(HttpTokens.isToken(s));
        assertTrue(HttpTokens.isToken(new StringBuilder(s)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x y", "x@y", "x,y", "x:y", "\"x\"", "x\r", "x\u0000", "x\t", "(x)", "x/y", "é",
        "x\u212a", "[x]", "{x}", "x=y", "x;y", "x?", "x\\y"})
    void nonTokens(String s) {
        assertFalse(HttpTokens.isToken(s));
    }

    @Test
    void nullIsNotAToken() {
        assertFalse(HttpTokens.isToken(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONNECT", "connect", "Trace", "TRACE", "track", "TrAcK"})
    void forbiddenMethods(String m) {
        assertTrue(HttpTokens.isForbiddenMethod(m));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PATCH", "CONNECTX", "TRAC", "", "PROPFIND"})
    void allowedMethods(String m) {
        assertFalse(HttpTokens.isForbiddenMethod(m));
        assertFalse(HttpTokens.isForbiddenMethod(null));
    }

    @ParameterizedTest
    @CsvSource({"patch,PATCH", "Get,GET", "delete,DELETE", "hEAD,HEAD", "options,OPTIONS", "post,POST", "Put,PUT"})
    void misspelledStandardMethods(String written, String standard) {
        assertEquals(standard, HttpTokens.misspelledStandardMethod(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PATCH", "GET", "DELETE", "HEAD", "OPTIONS", "POST", "PUT", "PROPFIND", "propfind",
        "GETX", "", "connect"})
    void correctlySpelledOrNonStandardMethods(String m) {
        assertNull(HttpTokens.misspelledStandardMethod(m));
        assertNull(HttpTokens.misspelledStandardMethod(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Accept-Charset", "accept-encoding", "Access-Control-Request-Headers",
        "ACCESS-CONTROL-REQUEST-METHOD", "Connection", "Content-Length", "Cookie", "Cookie2", "Date", "DNT",
        "Expect", "Host", "Keep-Alive", "Origin", "Referer", "Set-Cookie", "TE", "Trailer", "Transfer-Encoding",
        "Upgrade", "Via", "Proxy-Authorization", "proxy-anything", "Sec-Fetch-Mode", "SEC-CH-UA", "sec-"})
    void forbiddenRequestHeaders(String name) {
        assertTrue(HttpTokens.isForbiddenRequestHeader(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-Type", "Authorization", "X-Req", "Accept", "Proxy", "Sec", "Secret",
        "Proxyx-A", "Cookie3", "X-Sec-Token", "Origin2", ""})
    void ordinaryRequestHeaders(String name) {
        assertFalse(HttpTokens.isForbiddenRequestHeader(name));
        assertFalse(HttpTokens.isForbiddenRequestHeader(null));
    }

    @Test
    void neverExposable() {
        assertTrue(HttpTokens.isNeverExposable("Set-Cookie"));
        assertTrue(HttpTokens.isNeverExposable("set-cookie2"));
        assertTrue(HttpTokens.isNeverExposable("SET-COOKIE"));
        assertFalse(HttpTokens.isNeverExposable("X-Total"));
        assertFalse(HttpTokens.isNeverExposable("Cookie"));
        assertFalse(HttpTokens.isNeverExposable(null));
    }
}
