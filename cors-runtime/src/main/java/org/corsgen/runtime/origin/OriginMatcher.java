package org.corsgen.runtime.origin;

import java.util.List;

/**
 * Decides, per request, whether an {@code Origin} header value is allowed: byte-for-byte equality with a
 * configured origin, or an anchored, dot-bounded match of a configured pattern. No regex, no substring
 * or suffix test on the whole value, no allocation per call.
 *
 * <p>Built once (at class initialisation of the generated filter) from a list that
 * {@link OriginRules#check} accepted.
 */
public final class OriginMatcher {

    /**
     * @param origins a valid configured list (see {@link OriginRules}); {@code ["*"]} matches any value
     * @return the matcher
     * @throws IllegalArgumentException if the list has an ERROR according to {@link OriginRules}
     */
    public static OriginMatcher of(List<String> origins) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** @return whether this matcher was built from {@code ["*"]} */
    public boolean isAnyOrigin() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * @param requestOrigin the raw {@code Origin} header value (may be {@code null}, empty, {@code "null"},
     *     hostile, huge, or several values joined with commas)
     * @return {@code true} only if the value is exactly a configured origin or matches a configured pattern
     *     by the documented rule; for an any-origin matcher, {@code true} for every non-null value
     */
    public boolean allows(String requestOrigin) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
