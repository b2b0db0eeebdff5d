package org.corsgen.runtime.origin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decides, per request, whether an {@code Origin} header value is allowed: byte-for-byte equality with a
 * configured origin, or an anchored, dot-bounded match of a configured pattern. No regex, no substring
 * or suffix test on the whole value, no allocation per call.
 *
 * <p>A pattern {@code https://*.example.com} matches a value with the same scheme whose host is one or
 * more labels ({@code a-z}, {@code 0-9}, {@code -}, not starting or ending with {@code -}, at most 63
 * characters) followed by {@code .example.com}. A {@code :*} port matches no port or a decimal port
 * 1-65535 without leading zeros, except the scheme's default port (browsers omit it); without {@code :*}
 * the port must be the pattern's. Values longer than {@link #MAX_LENGTH} are refused.
 *
 * <p>Built once (at class initialisation of the generated filter) from a list that
 * {@link OriginRules#check} accepted.
 */
public final class OriginMatcher {

    /** The longest {@code Origin} value ever allowed. */
    public static final int MAX_LENGTH = 1024;

    private static final OriginMatcher ANY = new OriginMatcher(true, Set.of(), new Pattern[0]);
    private static final OriginMatcher NONE = new OriginMatcher(false, Set.of(), new Pattern[0]);

    private final boolean any;
    private final Set<String> exact;
    private final Pattern[] patterns;

    private OriginMatcher(boolean any, Set<String> exact, Pattern[] patterns) {
        this.any = any;
        this.exact = exact;
        this.patterns = patterns;
    }

    /** @return the matcher that allows no origin at all (no configured list is empty: the rules refuse it) */
    public static OriginMatcher none() {
        return NONE;
    }

    /**
     * @param origins a valid configured list (see {@link OriginRules}); {@code ["*"]} matches any value
     * @return the matcher
     * @throws IllegalArgumentException if the list has an ERROR according to {@link OriginRules} (checked
     *     without credentials, private network access or public suffixes, which the caller checks)
     */
    public static OriginMatcher of(List<String> origins) {
        List<String> errors = new ArrayList<>();
        for (OriginProblem p : OriginRules.check(origins, false, false, PublicSuffixes.NONE)) {
            if (p.isError()) {
                errors.add(p.message());
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid origins: " + String.join("; ", errors));
        }
        if (origins.contains("*")) {
            return ANY;
        }
        Set<String> exact = new HashSet<>();
        List<Pattern> patterns = new ArrayList<>();
        for (String v : origins) {
            ParsedOrigin p = ParsedOrigin.parse(v, PublicSuffixes.NONE);
            if (p.isPattern()) {
                Pattern pattern = new Pattern(p);
                if (!patterns.contains(pattern)) {
                    patterns.add(pattern);
                }
            } else {
                exact.add(v);
            }
        }
        return new OriginMatcher(false, Set.copyOf(exact), patterns.toArray(new Pattern[0]));
    }

    /** @return whether this matcher was built from {@code ["*"]} */
    public boolean isAnyOrigin() {
        return any;
    }

    /**
     * @param requestOrigin the raw {@code Origin} header value (may be {@code null}, empty, {@code "null"},
     *     hostile, huge, or several values joined with commas)
     * @return {@code true} only if the value is exactly a configured origin or matches a configured pattern
     *     by the documented rule; for an any-origin matcher, {@code true} for every non-null value
     */
    public boolean allows(String requestOrigin) {
        if (requestOrigin == null) {
            return false;
        }
        if (any) {
            return true;
        }
        int n = requestOrigin.length();
        if (n == 0 || n > MAX_LENGTH) {
            return false;
        }
        if (exact.contains(requestOrigin)) {
            return true;
        }
        for (Pattern p : patterns) {
            if (p.matches(requestOrigin, n)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return any ? "OriginMatcher[*]" : "OriginMatcher" + exact + (patterns.length == 0 ? "" : " + patterns");
    }

    /** A validated pattern, split into the parts compared per request. */
    private static final class Pattern {
        /** {@code "https://"}. */
        private final String schemePrefix;
        /** For a wildcard host {@code ".example.com"}, otherwise the whole host. */
        private final String host;
        private final boolean wildcardHost;
        private final boolean anyPort;
        /** The pattern's port as text ({@code "8443"}), or null for none / any. */
        private final String port;
        private final int defaultPort;

        Pattern(ParsedOrigin p) {
            this.schemePrefix = p.scheme() + "://";
            this.wildcardHost = p.wildcardHost();
            this.host = wildcardHost ? "." + p.host() : p.host();
            this.anyPort = p.port() == ParsedOrigin.ANY_PORT;
            this.port = p.port() > 0 ? Integer.toString(p.port()) : null;
            this.defaultPort = OriginChars.defaultPort(p.scheme());
        }

        boolean matches(String o, int n) {
            int start = schemePrefix.length();
            if (!o.startsWith(schemePrefix)) {
                return false;
            }
            int hostEnd;
            if (wildcardHost) {
                // the suffix first (one comparison), then only the labels the wildcard stands for
                int colon = o.indexOf(':', start);
                hostEnd = colon < 0 ? n : colon;
                int prefixEnd = hostEnd - host.length();
                if (prefixEnd <= start || hostEnd - start > 253
                        || !o.regionMatches(prefixEnd, host, 0, host.length())
                        || scanLabels(o, start, prefixEnd) != prefixEnd) {
                    return false;
                }
            } else {
                if (!o.regionMatches(start, host, 0, host.length())) {
                    return false;
                }
                hostEnd = start + host.length();
            }
            if (hostEnd == n) {
                return port == null;
            }
            if (o.charAt(hostEnd) != ':') {
                return false;
            }
            if (anyPort) {
                return isPort(o, hostEnd + 1, n, defaultPort);
            }
            return port != null && n - hostEnd - 1 == port.length()
                    && o.regionMatches(hostEnd + 1, port, 0, port.length());
        }

        /**
         * Scans a host of lower-case LDH labels from {@code from} up to {@code ':'} or the end.
         *
         * @return where the host ends, or -1 if a character is not allowed or a label is empty, longer than
         *     63 characters, or starts or ends with {@code '-'}
         */
        private static int scanLabels(String o, int from, int n) {
            int labelStart = from;
            int i = from;
            for (; i < n; i++) {
                char c = o.charAt(i);
                if (c == ':') {
                    break;
                }
                if (c == '.') {
                    if (!isLabel(o, labelStart, i)) {
                        return -1;
                    }
                    labelStart = i + 1;
                } else if (!OriginChars.isLdh(c)) {
                    return -1;
                }
            }
            return isLabel(o, labelStart, i) ? i : -1;
        }

        private static boolean isLabel(String o, int from, int to) {
            return to > from && to - from <= 63 && o.charAt(from) != '-' && o.charAt(to - 1) != '-';
        }

        /** @return whether {@code o[from, to)} is a decimal port 1-65535 without leading zeros, not the default */
        private static boolean isPort(String o, int from, int to, int defaultPort) {
            int len = to - from;
            if (len < 1 || len > 5 || o.charAt(from) == '0') {
                return false;
            }
            int v = 0;
            for (int i = from; i < to; i++) {
                char c = o.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
                v = v * 10 + (c - '0');
            }
            return v <= 65535 && v != defaultPort;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Pattern p && p.schemePrefix.equals(schemePrefix) && p.host.equals(host)
                    && p.wildcardHost == wildcardHost && p.anyPort == anyPort
                    && Objects.equals(p.port, port);
        }

        @Override
        public int hashCode() {
            return host.hashCode();
        }
    }
}
