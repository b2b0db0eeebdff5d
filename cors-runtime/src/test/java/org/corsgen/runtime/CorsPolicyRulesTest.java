package org.corsgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.corsgen.runtime.rules.Problem;
import org.junit.jupiter.api.Test;

/** {@code CorsPolicy.Builder} checks with the rulebook the processor uses: as strict as compile time. */
class CorsPolicyRulesTest {

    private static CorsPolicy.Builder base() {
        return CorsPolicy.builder().origins("https://app.example.com");
    }

    @Test
    void forbiddenAndMisspelledMethodsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> base().methods("GET", "CONNECT", "patch").build());
        assertEquals("invalid CORS policy: [corsgen:method-forbidden] method \"CONNECT\" can never be sent by fetch()"
                + " or XMLHttpRequest (CONNECT, TRACE and TRACK are forbidden methods), so no preflight asks for it;"
                + " remove it; [corsgen:method-case] method \"patch\" is not \"PATCH\": browsers send PATCH and JAX-RS"
                + " matches case-sensitively; write \"PATCH\"", e.getMessage());
    }

    /** Every problem is typed: its rule, the value, what is wrong and the fix, each on its own. */
    @Test
    void everyProblemNamesItsRuleValueAndFix() {
        List<Problem> problems = CorsPolicy.builder()
                .origins("https://app.example.com/", "null", "https://App.example.com")
                .methods("GET", "CONNECT", "patch").allowedHeaders("X A").exposedHeaders("Access-Control-Allow-Origin")
                .maxAge(86401).problems();
        assertEquals(List.of("origin-trailing-slash", "origin-null", "origin-upper-case", "method-forbidden",
                "method-case", "allowed-header-token", "exposed-header-cors-protocol", "max-age-too-long"),
                problems.stream().map(Problem::rule).toList(), problems::toString);
        for (Problem p : problems) {
            assertTrue(p.isError(), p::toString);
            assertTrue(p.what().contains(p.value() == null ? "" : p.value()), p::toString);
            assertTrue(!p.fix().isEmpty() && !p.what().isEmpty(), p::toString);
            assertEquals(p.what() + "; " + p.fix(), p.message());
        }
        Problem slash = problems.get(0);
        assertEquals("https://app.example.com/", slash.value());
        assertEquals("browsers send \"https://app.example.com\"", slash.fix());
        assertEquals("write \"PATCH\"", problems.get(4).fix());
    }

    @Test
    void maxAgeOutOfRangeIsRefusedAndAboveChromiumOnlyFlagged() {
        assertThrows(IllegalArgumentException.class, () -> base().maxAge(86401).build());
        assertThrows(IllegalArgumentException.class, () -> base().maxAge(-1).build());
        List<Problem> problems = base().maxAge(7201).problems();
        assertEquals(1, problems.size());
        assertEquals("max-age-above-chromium", problems.get(0).rule());
        assertEquals(7201, base().maxAge(7201).build().maxAge());
    }

    @Test
    void publicSuffixPatternsAreRefusedWithTheListOnTheClassPath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorsPolicy.builder().origins("https://*.co.uk").build());
        assertTrue(e.getMessage().contains("[corsgen:origin-public-suffix-pattern] origin \"https://*.co.uk\""),
                e::getMessage);
    }

    @Test
    void aPatternCompileTimeAcceptsIsBuilt() {
        // "internal" is no public suffix: the processor accepts it, so the builder must too (with or without Guava)
        assertEquals(List.of("https://*.internal"), CorsPolicy.builder().origins("https://*.internal").build().origins());
        assertEquals(List.of("https://*.co.uk"), CorsPolicy.builder().origins("https://*.co.uk")
                .publicSuffixes(org.corsgen.runtime.origin.PublicSuffixes.NONE).build().origins());
    }

    @Test
    void warningsDoNotStopTheBuild() {
        CorsPolicy p = base().allowedHeaders("Cookie").exposedHeaders("Set-Cookie").build();
        assertEquals(List.of("Set-Cookie"), p.exposedHeaders());
        assertEquals(List.of("allowed-header-forbidden", "exposed-header-never-exposed"),
                base().allowedHeaders("Cookie").exposedHeaders("Set-Cookie").problems().stream()
                        .map(Problem::rule).toList());
    }
}
