package org.corsgen.runtime.origin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The public-suffix lists the start-up check can use. Guava is on this module's test class path, so
 * {@link PublicSuffixes#fromClassPath()} finds it here; the example module (no Guava) exercises the fallback.
 */
class PublicSuffixesTest {

    @Test
    void withGuavaTheFullListIsUsed() {
        PublicSuffixes ps = PublicSuffixes.fromClassPath();
        assertSame(GuavaPublicSuffixes.INSTANCE, ps);
        assertTrue(ps.isPublicSuffix("com"));
        assertTrue(ps.isPublicSuffix("co.uk"));
        assertTrue(ps.isPublicSuffix("github.io"));
        assertFalse(ps.isPublicSuffix("example.com"));
        assertFalse(ps.isPublicSuffix("not a domain"));
    }

    @Test
    void withoutGuavaEverySingleLabelCounts() {
        PublicSuffixes ps = PublicSuffixes.SINGLE_LABEL;
        assertTrue(ps.isPublicSuffix("com"));
        assertTrue(ps.isPublicSuffix("internal"));
        assertFalse(ps.isPublicSuffix("co.uk")); // the documented limit
        assertFalse(ps.isPublicSuffix("example.com"));
    }
}
