package org.corsgen.runtime.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OriginMatcherTest {

    private static final OriginMatcher EXACT = OriginMatcher.of(List.of("https://app.example.com",
            "http://localhost:3000", "http://[::1]:8080", "https://xn--bcher-kva.example"));
    private static final OriginMatcher SUBDOMAINS = OriginMatcher.of(List.of("https://*.example.com"));
    private static final OriginMatcher SUBDOMAINS_ANY_PORT = OriginMatcher.of(List.of("https://*.example.com:*"));
    private static final OriginMatcher SUBDOMAINS_PORT = OriginMatcher.of(List.of("https://*.example.com:8443"));
    private static final OriginMatcher LOCALHOST_ANY_PORT = OriginMatcher.of(List.of("http://localhost:*"));
    private static final OriginMatcher ANY = OriginMatcher.of(List.of("*"));

    private static final String LONG = "https://" + "a".repeat(10_000) + ".example.com";

    // ---- exact origins ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.com", "http://localhost:3000", "http://[::1]:8080",
        "https://xn--bcher-kva.example"})
    void exactAllowsTheConfiguredOrigins(String origin) {
        assertTrue(EXACT.allows(origin));
        assertTrue(EXACT.allows(new String(origin.toCharArray())), "compares content, not identity");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://app.example.com.evil.com", "https://evilapp.example.com", "https://app.example.comevil.com",
        "https://evil.com.app.example.com", "HTTPS://APP.EXAMPLE.COM", "https://App.example.com",
        "https://app.example.com:443", "https://app.example.com/", "https://app.example.com/x",
        "https://app.example.com@evil.com", "https://evil.com@app.example.com", "https://app.example.com?",
        "https://app.example.com#", "http://app.example.com", "https://app.example.com.", "null", "NULL", "",
        "https://app.example.com\r", "https://app.example.com\n", "https://app.example.com\r\nX-Evil: 1",
        "https://app.example.com\u0000", "https://app.example.com\t", "\thttps://app.example.com",
        " https://app.example.com", "https://app.example.com ", "https://app%2eexample.com",
        "https%3A%2F%2Fapp.example.com", "https://app.example.com,https://evil.com",
        "https://evil.com,https://app.example.com", "https://app.example.com, https://app.example.com",
        "http://localhost:3000/", "http://localhost:03000", "http://localhost", "http://[0:0:0:0:0:0:0:1]:8080",
        "https://bücher.example", "https://app.example.co", "https://app.example.com:"})
    void exactRefusesEverythingElse(String origin) {
        assertFalse(EXACT.allows(origin));
    }

    @Test
    void refusesNullAndHugeValues() {
        assertFalse(EXACT.allows(null));
        assertFalse(SUBDOMAINS.allows(null));
        assertFalse(EXACT.allows("https://app.example.com" + "x".repeat(10_000)));
        assertFalse(EXACT.allows("x".repeat(10_000)));
        assertFalse(SUBDOMAINS.allows(LONG));
        assertFalse(SUBDOMAINS_ANY_PORT.allows(LONG + ":8443"));
        String maxLabels = "https://" + "a.".repeat(600) + "example.com";
        assertFalse(SUBDOMAINS.allows(maxLabels));
    }

    @Test
    void lengthLimitIsEnforcedEvenForConfiguredPatterns() {
        String longest = "https://" + "a.".repeat((OriginMatcher.MAX_LENGTH - 20) / 2) + "example.com";
        assertTrue(longest.length() <= OriginMatcher.MAX_LENGTH);
        assertFalse(SUBDOMAINS.allows(longest), "hosts are limited to 253 characters");
        assertTrue(SUBDOMAINS.allows("https://" + "a.".repeat(100) + "example.com"));
    }

    // ---- "https://*.example.com" --------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"https://a.example.com", "https://a.b.example.com", "https://app-1.example.com",
        "https://1.example.com", "https://xn--bcher-kva.example.com", "https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.com"})
    void subdomainPatternAllowsOneOrMoreLabels(String origin) {
        assertTrue(SUBDOMAINS.allows(origin));
        assertTrue(SUBDOMAINS_ANY_PORT.allows(origin));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com", "https://.example.com", "https://a..example.com", "https://..example.com",
        "https://evilexample.com", "https://a.evilexample.com", "http://a.example.com", "https://a.example.com:8443",
        "https://A.example.com", "https://a.EXAMPLE.com", "https://a_b.example.com", "https://a.example.com.",
        "https://a.example.com/", "https://a.example.com.evil.com", "https://a.example.comevil.com",
        "https://evil.com/.example.com", "https://evil.com?.example.com", "https://evil.com#.example.com",
        "https://evil.com@a.example.com", "https://a.example.com@evil.com", "https://a%2e.example.com",
        "https://a b.example.com", "https://a\u0000.example.com", "https://a.example.com\r\n", "https://-a.example.com",
        "https://a-.example.com", "https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.com", "https://a,b.example.com",
        "https://a.example.com,https://b.example.com", "https://*.example.com", "https://[::1].example.com",
        "https://a.example.com:443", "https://a.example.com:", "https://bücher.example.com", "null", "",
        "wss://a.example.com", "https:/a.example.com", "https:a.example.com", "https//a.example.com"})
    void subdomainPatternRefuses(String origin) {
        assertFalse(SUBDOMAINS.allows(origin));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://a.example.com:8443", "https://a.example.com:1", "https://a.b.example.com:65535",
        "https://a.example.com"})
    void subdomainPatternWithAnyPort(String origin) {
        assertTrue(SUBDOMAINS_ANY_PORT.allows(origin));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://a.example.com:0", "https://a.example.com:65536", "https://a.example.com:08443",
        "https://a.example.com:", "https://a.example.com:443", "https://a.example.com:8443/",
        "https://a.example.com:8443:1", "https://a.example.com:+1", "https://a.example.com:1e3",
        "https://a.example.com:999999", "https://example.com:8443", "https://a.example.com:\u0661"})
    void subdomainPatternWithAnyPortRefuses(String origin) {
        assertFalse(SUBDOMAINS_ANY_PORT.allows(origin));
    }

    @Test
    void subdomainPatternWithFixedPort() {
        assertTrue(SUBDOMAINS_PORT.allows("https://a.example.com:8443"));
        assertFalse(SUBDOMAINS_PORT.allows("https://a.example.com"));
        assertFalse(SUBDOMAINS_PORT.allows("https://a.example.com:8444"));
        assertFalse(SUBDOMAINS_PORT.allows("https://a.example.com:84430"));
        assertFalse(SUBDOMAINS_PORT.allows("https://a.example.com:08443"));
    }

    // ---- "http://localhost:*" -----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost", "http://localhost:3000", "http://localhost:1",
        "http://localhost:65535", "http://localhost:8080"})
    void anyPortAllows(String origin) {
        assertTrue(LOCALHOST_ANY_PORT.allows(origin));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:0", "http://localhost:65536", "http://localhost:03000",
        "http://localhost:", "http://localhost:80", "http://localhost.evil.com:3000", "http://localhost.evil.com",
        "http://localhostevil.com:3000", "http://a.localhost:3000", "https://localhost:3000", "http://LOCALHOST:3000",
        "http://localhost:3000/", "http://localhost:3000 ", "http://localhost:3000\n", "http://localhost:30a0",
        "http://localhost:-1", "http://localhost:3000,http://localhost:3001", "http://localhost@evil.com:3000",
        "http://evil.com#@localhost:3000", "http://127.0.0.1:3000", "null"})
    void anyPortRefuses(String origin) {
        assertFalse(LOCALHOST_ANY_PORT.allows(origin));
    }

    @Test
    void ipv6WithAnyPort() {
        OriginMatcher m = OriginMatcher.of(List.of("http://[::1]:*"));
        assertTrue(m.allows("http://[::1]"));
        assertTrue(m.allows("http://[::1]:3000"));
        assertFalse(m.allows("http://[::1]x:3000"));
        assertFalse(m.allows("http://[::2]:3000"));
    }

    @Test
    void exactOriginsAndPatternsTogether() {
        OriginMatcher m = OriginMatcher.of(List.of("https://example.com", "https://*.example.com",
                "http://localhost:*", "https://*.example.com"));
        assertTrue(m.allows("https://example.com"));
        assertTrue(m.allows("https://a.example.com"));
        assertTrue(m.allows("http://localhost:5173"));
        assertFalse(m.allows("https://evilexample.com"));
        assertFalse(m.isAnyOrigin());
    }

    // ---- "*" ----------------------------------------------------------------------------------------

    @Test
    void anyOriginAllowsEveryNonNullValue() {
        assertTrue(ANY.isAnyOrigin());
        assertFalse(EXACT.isAnyOrigin());
        assertFalse(SUBDOMAINS.isAnyOrigin());
        for (String v : Arrays.asList("https://anything.example", "null", "", "x".repeat(10_000), "\r\n")) {
            assertTrue(ANY.allows(v));
        }
        assertFalse(ANY.allows(null));
    }

    // ---- construction -------------------------------------------------------------------------------

    @Test
    void refusesInvalidLists() {
        for (List<String> bad : List.of(List.<String>of(), List.of("https://app.example.com/"), List.of("*", "https://a.com"),
                List.of("null"), List.of("https://*example.com"), List.of("app.example.com"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OriginMatcher.of(bad));
            assertTrue(e.getMessage().contains("origin"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> OriginMatcher.of(null));
        assertThrows(IllegalArgumentException.class, () -> OriginMatcher.of(Arrays.asList("https://a.com", null)));
    }

    @Test
    void warningsDoNotStopConstruction() {
        OriginMatcher m = OriginMatcher.of(List.of("https://a.example.com", "https://a.example.com"));
        assertTrue(m.allows("https://a.example.com"));
    }

    @Test
    void publicSuffixPatternsAreLeftToTheCaller() {
        // of() checks with PublicSuffixes.NONE; the processor and CorsPolicy check suffixes themselves
        assertTrue(OriginMatcher.of(List.of("https://*.co.uk")).allows("https://a.co.uk"));
    }

    @Test
    void doesNotAllocatePerCall() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled());
        OriginMatcher m = OriginMatcher.of(List.of("https://app.example.com", "https://*.example.com",
                "http://localhost:*"));
        String[] inputs = {"https://app.example.com", "https://a.b.example.com", "http://localhost:3000",
            "https://evil.com", "https://a.example.com.evil.com", LONG};
        int allowed = 0;
        for (int i = 0; i < 300_000; i++) { // past the JIT's compilations, which allocate on this thread
            allowed += m.allows(inputs[i % inputs.length]) ? 1 : 0;
        }
        long id = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(id);
        for (int i = 0; i < 600_000; i++) {
            allowed += m.allows(inputs[i % inputs.length]) ? 1 : 0;
        }
        long after = mx.getThreadAllocatedBytes(id);
        assertEquals(450_000, allowed, "the first three inputs are allowed, the last three refused");
        // one allocation per call would be at least 16 B x 600,000; a few KB are the JVM's own bookkeeping
        assertTrue(after - before < 16_384, "allocated " + (after - before) + " bytes in 600000 calls");
    }
}
