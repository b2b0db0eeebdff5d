package org.corsgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link CorsPolicy#narrowest}: what corsgen answers where the container may run either of two methods. */
class CorsPolicyNarrowestTest {

    private static final CorsPolicy OPEN = CorsPolicy.builder()
            .origins("https://open.example", "https://both.example", "https://*.shared.example").credentials(true)
            .methods("GET", "DELETE").allowedHeaders("Content-Type", "X-Open").exposedHeaders("X-Total", "X-Open")
            .maxAge(600).privateNetwork(true).build();
    private static final CorsPolicy STRICT = CorsPolicy.builder()
            .origins("https://strict.example", "https://both.example", "https://*.shared.example").credentials(false)
            .methods("GET", "PUT").allowedHeaders("content-type").exposedHeaders("x-total").maxAge(60).build();

    @Test
    void equalPoliciesStayAsTheyAre() {
        CorsPolicy copy = CorsPolicy.builder()
                .origins("https://open.example", "https://both.example", "https://*.shared.example").credentials(true)
                .methods("GET", "DELETE").allowedHeaders("Content-Type", "X-Open").exposedHeaders("X-Total", "X-Open")
                .maxAge(600).privateNetwork(true).build();
        assertSame(OPEN, CorsPolicy.narrowest(OPEN, copy));
        assertSame(OPEN, CorsPolicy.narrowest(OPEN, OPEN));
        assertFalse(OPEN.isNarrowed());
    }

    @Test
    void aMethodWithoutAPolicyGrantsNothing() {
        assertNull(CorsPolicy.narrowest(null, null), "no policy at all: the container answers");
        CorsPolicy none = CorsPolicy.narrowest(OPEN, null);
        assertSame(none, CorsPolicy.narrowest(null, STRICT));
        assertFalse(none.allowsOrigin("https://open.example"));
        assertFalse(none.allowsOrigin("https://both.example"));
        assertFalse(none.isAnyOrigin());
        assertFalse(none.allowsMethod("GET"));
        assertSame(none, CorsPolicy.narrowest(none, OPEN), "nothing stays nothing");
    }

    @Test
    void twoPoliciesAllowOnlyWhatBothAllow() {
        CorsPolicy n = CorsPolicy.narrowest(OPEN, STRICT);
        assertTrue(n.isNarrowed());
        assertTrue(n.allowsOrigin("https://both.example"));
        assertTrue(n.allowsOrigin("https://a.shared.example"), "a pattern both have");
        assertFalse(n.allowsOrigin("https://open.example"));
        assertFalse(n.allowsOrigin("https://strict.example"));
        assertFalse(n.isAnyOrigin());
        assertFalse(n.credentials(), "credentials only where both grant them");
        assertEquals(List.of("GET"), n.methods());
        assertTrue(n.allowsMethod("GET"));
        assertFalse(n.allowsMethod("DELETE"));
        assertFalse(n.allowsMethod("PUT"));
        assertEquals(List.of("Content-Type"), n.allowedHeaders().names());
        assertEquals(List.of("X-Total"), n.exposedHeaders());
        assertEquals(60, n.maxAge());
        assertFalse(n.privateNetwork());
        assertEquals(List.of("GET"), n.methods());
        assertEquals("Content-Type", n.allowHeadersValue());
        assertEquals("X-Total", n.exposeHeadersValue());
        assertEquals("60", n.maxAgeValue());
    }

    @Test
    void narrowingIsOrderIndependentAndRepeatable() {
        CorsPolicy third = CorsPolicy.builder().origins("https://both.example").methods("GET").build();
        CorsPolicy a = CorsPolicy.narrowest(CorsPolicy.narrowest(OPEN, STRICT), third);
        CorsPolicy b = CorsPolicy.narrowest(third, CorsPolicy.narrowest(STRICT, OPEN));
        assertEquals(a.allowsOrigin("https://both.example"), b.allowsOrigin("https://both.example"));
        assertFalse(a.allowsOrigin("https://a.shared.example"), "the third has no pattern");
        assertFalse(b.allowsOrigin("https://a.shared.example"));
        assertEquals(a.methods(), b.methods());
        assertEquals(a, CorsPolicy.narrowest(a, OPEN), "narrowing again with a member changes nothing");
    }

    @Test
    void anyOriginOnlyWhereBothAreAnyOrigin() {
        CorsPolicy any = CorsPolicy.builder().origins("*").methods("GET").build();
        CorsPolicy anyToo = CorsPolicy.builder().origins("*").methods("GET", "POST").build();
        assertTrue(CorsPolicy.narrowest(any, anyToo).isAnyOrigin());
        CorsPolicy mixed = CorsPolicy.narrowest(any, STRICT);
        assertFalse(mixed.isAnyOrigin());
        assertTrue(mixed.allowsOrigin("https://strict.example"));
        assertFalse(mixed.allowsOrigin("https://elsewhere.example"));
    }
}
