package org.corsgen.runtime.origin;

import java.util.List;

/**
 * One configured origin value, parsed: either its problems (each with a message quoting the value and,
 * where one can be computed, the corrected value, which is itself checked to be valid) or, when it has
 * no error, its parts for {@link OriginMatcher}. Used for every value except {@code "*"}.
 *
 * <p>Read, then written: {@link OriginParser} reads the value into parts and findings ({@link Ipv6} for
 * bracketed hosts, {@link OriginChars} for the characters), {@link OriginFix} works out the corrected value,
 * {@link OriginMessages} writes the problems.
 */
final class ParsedOrigin {

    /** {@link #port} when no port is written. */
    static final int NO_PORT = OriginChars.NO_PORT;
    /** {@link #port} for {@code :*}. */
    static final int ANY_PORT = OriginChars.ANY_PORT;

    private final String scheme;
    private final String host;
    private final boolean wildcardHost;
    private final int port;
    private final List<OriginProblem> problems;

    private ParsedOrigin(OriginParser parsed, List<OriginProblem> problems) {
        this.scheme = parsed.scheme();
        this.host = parsed.host();
        this.wildcardHost = parsed.wildcardHost();
        this.port = parsed.port();
        this.problems = problems;
    }

    /** Parses a configured value other than {@code "*"}; {@code value} may be anything, even null. */
    static ParsedOrigin parse(String value, PublicSuffixes suffixes) {
        OriginParser parsed = OriginParser.read(value, suffixes);
        return new ParsedOrigin(parsed, OriginMessages.problems(parsed, OriginFix.suggest(parsed)));
    }

    List<OriginProblem> problems() {
        return problems;
    }

    boolean hasError() {
        for (OriginProblem p : problems) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }

    String scheme() {
        return scheme;
    }

    String host() {
        return host;
    }

    boolean wildcardHost() {
        return wildcardHost;
    }

    int port() {
        return port;
    }

    boolean isPattern() {
        return wildcardHost || port == ANY_PORT;
    }

    /** @return this valid value with another scheme, leaving out the port if it is that scheme's default */
    String withScheme(String newScheme) {
        return OriginFix.serialize(newScheme, wildcardHost, host, port);
    }

    /** @return whether a valid value's host is a loopback name or address */
    boolean isLoopback() {
        return OriginChars.isLoopback(host);
    }
}
