package org.corsgen.runtime.headers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An immutable set of header names compared case-insensitively, or "any valid name but
 * {@code Authorization}" ({@code "*"}, as browsers read {@code Access-Control-Allow-Headers: *}), optionally
 * with {@code Authorization} too ({@code {"*", "Authorization"}}), with allocation-free lookups of a region of
 * a string.
 */
public final class HeaderNames {

    /** The one name {@code "*"} does not cover, in lower case: the Fetch standard's non-wildcard request-header name. */
    private static final String AUTHORIZATION = "authorization";

    private static final HeaderNames ANY = new HeaderNames(true, List.of(), new String[0]);

    private final boolean any;
    /** For an any-name set: whether {@code Authorization} was listed next to {@code "*"}. */
    private final boolean anyCoversAuthorization;
    private final List<String> names;
    /** {@link #names} in lower case, same order. */
    private final String[] lower;
    /**
     * Every name, lower case, sorted, joined with {@code ","}: what a browser sends in
     * {@code Access-Control-Request-Headers} when a page asks for all of them; {@code null} for any.
     */
    private final String allSorted;

    private HeaderNames(boolean any, List<String> names, String[] lower) {
        this.any = any;
        this.anyCoversAuthorization = any && lower.length > 0;
        this.names = names;
        this.lower = lower;
        String joined = null;
        if (!any && lower.length > 0 && lower.length <= RequestedHeaders.MAX_NAMES) {
            String[] sorted = lower.clone();
            Arrays.sort(sorted);
            joined = String.join(",", sorted);
        }
        // a list the request limits would refuse is never taken whole
        this.allSorted = joined != null && joined.length() <= RequestedHeaders.MAX_CHARS ? joined : null;
    }

    /**
     * @return all the names in the browser's form (lower case, sorted by code point, joined with {@code ","},
     *     no spaces), or {@code null} for an any-name set, an empty one, or one longer than
     *     {@link RequestedHeaders} accepts in a request; a requested list equal to it names only allowed headers
     */
    public String allInBrowserForm() {
        return allSorted;
    }

    /**
     * @param names header names as configured (any case); {@code ["*"]} for any valid name but
     *     {@code Authorization}; {@code ["*", "Authorization"]} for any valid name; an empty list allows no name
     * @return the set
     * @throws IllegalArgumentException if a name is not a token, or {@code "*"} is mixed with a name other
     *     than {@code Authorization} (which {@code "*"} already covers)
     */
    public static HeaderNames of(List<String> names) {
        if (names == null) {
            throw new IllegalArgumentException("header names: null list");
        }
        if (names.contains("*")) {
            String authorization = null;
            for (String n : names) {
                if (!combinesWithWildcard(n)) {
                    throw new IllegalArgumentException("header names: \"*\" already allows every valid name but"
                            + " Authorization, so it can only be combined with \"Authorization\": " + names);
                }
                if (authorization == null && !"*".equals(n)) {
                    authorization = n;
                }
            }
            return authorization == null ? ANY
                    : new HeaderNames(true, List.of(authorization), new String[] {AUTHORIZATION});
        }
        List<String> kept = new ArrayList<>();
        List<String> lowered = new ArrayList<>();
        for (String n : names) {
            if (!HttpTokens.isToken(n)) {
                throw new IllegalArgumentException("header name \"" + n + "\" is not an HTTP token");
            }
            String l = n.toLowerCase(Locale.ROOT);
            if (!lowered.contains(l)) {
                kept.add(n);
                lowered.add(l);
            }
        }
        return new HeaderNames(false, List.copyOf(kept), lowered.toArray(new String[0]));
    }

    /**
     * @param name a configured name, or {@code "*"}
     * @return whether {@code name} may stand next to {@code "*"} in a list: {@code "*"} itself, or
     *     {@code Authorization} (in any ASCII case), the one valid name {@code "*"} does not cover
     */
    public static boolean combinesWithWildcard(String name) {
        // isToken first: equalsIgnoreCase alone also folds e.g. the dotless i of "authorızation"
        return "*".equals(name) || (HttpTokens.isToken(name) && AUTHORIZATION.equalsIgnoreCase(name));
    }

    /** @return whether built from a list with {@code "*"} (any valid name; {@code Authorization} only if listed) */
    public boolean isAny() {
        return any;
    }

    /**
     * @return whether {@code s.substring(from, to)} is in the set, ignoring ASCII case, without allocating;
     *     for an any-name set, whether that region is a token other than {@code Authorization} (or any token,
     *     when {@code Authorization} is listed too); {@code false} for a {@code null} string or a range outside it
     */
    public boolean contains(String s, int from, int to) {
        if (s == null || from < 0 || to > s.length() || from >= to) {
            return false;
        }
        if (any) {
            for (int i = from; i < to; i++) {
                if (!HttpTokens.isTchar(s.charAt(i))) {
                    return false;
                }
            }
            // as browsers read Access-Control-Allow-Headers: *, it never covers Authorization
            return anyCoversAuthorization || to - from != AUTHORIZATION.length()
                    || !equalsIgnoringAsciiCase(s, from, AUTHORIZATION);
        }
        int len = to - from;
        for (String name : lower) {
            if (name.length() == len && equalsIgnoringAsciiCase(s, from, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether {@code s.substring(from, to)} is, exactly (case-sensitively), one of the names in
     *     lower case (for an any-name set, only a listed {@code authorization}). Byte-wise
     *     {@code regionMatches}, no allocation: the fast path for the lower-case names browsers send.
     */
    boolean containsLowerCase(String s, int from, int to) {
        int len = to - from;
        for (String name : lower) {
            if (name.length() == len && s.regionMatches(from, name, 0, len)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the names as configured, in order, de-duplicated case-insensitively (for an any-name set: empty,
     *     or {@code [Authorization]} when it was listed next to {@code "*"})
     */
    public List<String> names() {
        return names;
    }

    /**
     * @return the set as an annotation would write it, for log lines and reports: the names, or for an
     *     any-name set {@code *} (and {@code Authorization} when listed), e.g. {@code [*, Authorization]}
     */
    public String describe() {
        if (!any) {
            return names.toString();
        }
        return anyCoversAuthorization ? "[*, " + names.get(0) + "]" : "[*]";
    }

    /** Compares {@code s[from, from + lowerName.length())} with a lower-case name, folding only A-Z. */
    private static boolean equalsIgnoringAsciiCase(String s, int from, String lowerName) {
        for (int i = 0, n = lowerName.length(); i < n; i++) {
            char c = s.charAt(from + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowerName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return the names both sets allow: for two any-name sets any valid name, {@code Authorization} only if
     *     both cover it; otherwise the names of the listed set (of {@code a} if both are lists), in order,
     *     that the other allows too
     */
    public static HeaderNames common(HeaderNames a, HeaderNames b) {
        if (a.any && b.any) {
            return a.anyCoversAuthorization ? b : a;
        }
        HeaderNames listed = a.any ? b : a;
        HeaderNames other = a.any ? a : b;
        List<String> kept = new ArrayList<>();
        for (String n : listed.names) {
            if (other.contains(n, 0, n.length())) {
                kept.add(n);
            }
        }
        return of(kept);
    }

    @Override
    public String toString() {
        return "HeaderNames" + describe();
    }
}
