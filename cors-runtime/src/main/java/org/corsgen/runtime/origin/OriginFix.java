package org.corsgen.runtime.origin;

/** The corrected value a message suggests: the parts as browsers write them, offered only if itself valid. */
final class OriginFix {

    private OriginFix() {
    }

    /**
     * @param parsed a value as read
     * @return the corrected value, if every problem can be fixed and the result is itself free of problems;
     *     otherwise (or when nothing is wrong) {@code null}
     */
    static String suggest(OriginParser parsed) {
        if (parsed.findings().isEmpty() || parsed.noFix()) {
            return null;
        }
        if (parsed.justStar()) {
            return "*";
        }
        if (parsed.scheme() == null || parsed.host() == null) {
            return null;
        }
        String candidate = serialize(parsed.scheme(), parsed.wildcardHost(), parsed.host(), parsed.port());
        if (candidate.equals(parsed.value())) {
            return null;
        }
        return OriginParser.read(candidate, parsed.suffixes()).findings().isEmpty() ? candidate : null;
    }

    /** @return {@code scheme://[*.]host[:port]}, leaving out the port if it is that scheme's default */
    static String serialize(String scheme, boolean wildcardHost, String host, int port) {
        return scheme + "://" + (wildcardHost ? "*." : "") + host
                + (port == OriginChars.ANY_PORT ? ":*"
                        : port > 0 && port != OriginChars.defaultPort(scheme) ? ":" + port : "");
    }
}
