package org.corsgen.runtime.headers;

import java.util.List;

/**
 * Validates the {@code Access-Control-Request-Headers} of a preflight against a policy's allowed names.
 *
 * <p>Accepts what browsers send ({@code content-type,x-req}) and what proxies make of it: several header
 * lines, spaces or tabs around commas, upper case, empty items ({@code "a,,b"}). Refuses anything that is
 * not a comma-separated list of tokens, more than {@link #MAX_NAMES} names or more than {@link #MAX_CHARS}
 * characters in all (bounded work per request).
 */
public final class RequestedHeaders {

    /** The most names one preflight may ask for. */
    public static final int MAX_NAMES = 64;
    /** The most characters, over all lines, one preflight's header list may have. */
    public static final int MAX_CHARS = 4096;

    private RequestedHeaders() {
    }

    /**
     * @param lines the raw header lines (may be {@code null} or empty: nothing requested)
     * @param allowed the policy's allowed names
     * @return {@code ""} when no name was requested; the validated names, lower case, in request order,
     *     joined with {@code ","} (returning the very same {@code String} instance when a single line is
     *     already in that form, so the common browser case allocates nothing); or {@code null} when the
     *     list is malformed, too long, or names a header that {@code allowed} does not contain
     */
    public static String validate(List<String> lines, HeaderNames allowed) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
