package org.corsgen.runtime.headers;

import java.util.List;

/**
 * An immutable set of header names compared case-insensitively, or "any valid name" ({@code "*"}),
 * with allocation-free lookups of a region of a string.
 */
public final class HeaderNames {

    /**
     * @param names header names as configured (any case), or {@code ["*"]} for any valid name
     * @return the set
     * @throws IllegalArgumentException if a name is not a token
     */
    public static HeaderNames of(List<String> names) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** @return whether built from {@code ["*"]} */
    public boolean isAny() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** @return whether {@code s.substring(from, to)} is in the set, ignoring case, without allocating */
    public boolean contains(String s, int from, int to) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** @return the names as configured, in order, de-duplicated case-insensitively (empty for any) */
    public List<String> names() {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
