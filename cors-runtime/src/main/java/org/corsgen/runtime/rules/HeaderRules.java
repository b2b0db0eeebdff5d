package org.corsgen.runtime.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.corsgen.runtime.headers.CorsProtocolNames;
import org.corsgen.runtime.headers.HeaderNames;
import org.corsgen.runtime.headers.HttpTokens;

/**
 * The rules for {@code allowedHeaders} and {@code exposedHeaders}: names must be tokens and no
 * {@code Access-Control-*} name of the CORS protocol; an allowed {@code "*"} alone or with
 * {@code Authorization}; no exposed {@code "*"} with credentials; warnings for names browsers never send
 * or never expose.
 */
public final class HeaderRules {

    private HeaderRules() {
    }

    /**
     * @param names the configured {@code allowedHeaders}, in order as written
     * @return every problem, in the order of {@code names} (at most one a value)
     */
    public static List<Problem> checkAllowed(List<String> names) {
        List<Problem> out = new ArrayList<>();
        for (String h : names) {
            if ("*".equals(h)) {
                String others = othersThanWildcard(names);
                if (!others.isEmpty()) {
                    out.add(Problem.error(Rule.ALLOWED_HEADER_WILDCARD_MIXED, h, "allowed header \"*\" cannot be"
                            + " mixed with header names (" + others + "): \"*\" already allows every valid name"
                            + " except Authorization; write allowedHeaders = \"*\" alone (or {\"*\", \"Authorization\"}"
                            + " to allow Authorization too), or list only the names"));
                }
            } else if (h == null || !HttpTokens.isToken(h)) {
                out.add(Problem.error(Rule.ALLOWED_HEADER_TOKEN, h, "allowed header " + Quote.of(h)
                        + " is not a valid header name (an HTTP token: " + TokenFix.TOKEN_CHARS + "); " + fix(h)));
            } else if (CorsProtocolNames.isCorsProtocolName(h)) {
                out.add(Problem.error(Rule.ALLOWED_HEADER_CORS_PROTOCOL, h, CorsProtocolNames.allowedHeaderProblem(h)));
            } else if (HttpTokens.isForbiddenRequestHeader(h)) {
                String lower = h.toLowerCase(Locale.ROOT);
                out.add(Problem.warning(Rule.ALLOWED_HEADER_FORBIDDEN, h, "allowed header " + Quote.of(h)
                        + " can never be sent by page scripts: it is a forbidden request header that only the"
                        + " browser sets, so allowing it has no effect; remove it"
                        + (lower.equals("cookie") || lower.equals("cookie2")
                                ? " (to let the browser send cookies, write credentials = true)" : "")));
            }
        }
        return List.copyOf(out);
    }

    /**
     * @param names the configured {@code exposedHeaders}, in order as written
     * @param credentials whether the policy allows credentials (an exposed {@code "*"} is refused with them)
     * @return every problem, in the order of {@code names} (at most one a value)
     */
    public static List<Problem> checkExposed(List<String> names, boolean credentials) {
        List<Problem> out = new ArrayList<>();
        for (String h : names) {
            if ("*".equals(h)) {
                if (credentials) {
                    out.add(Problem.error(Rule.EXPOSED_HEADER_WILDCARD_WITH_CREDENTIALS, h, "exposed header \"*\""
                            + " means \"all headers\" only without credentials: with credentials = true browsers"
                            + " read it literally, as a header named \"*\", and expose nothing; list the header"
                            + " names to expose instead, e.g. exposedHeaders = {\"X-Total-Count\"}"));
                }
            } else if (h == null || !HttpTokens.isToken(h)) {
                out.add(Problem.error(Rule.EXPOSED_HEADER_TOKEN, h, "exposed header " + Quote.of(h)
                        + " is not a valid header name (an HTTP token: " + TokenFix.TOKEN_CHARS + "); " + fix(h)));
            } else if (CorsProtocolNames.isCorsProtocolName(h)) {
                out.add(Problem.error(Rule.EXPOSED_HEADER_CORS_PROTOCOL, h, CorsProtocolNames.exposedHeaderProblem(h)));
            } else if (HttpTokens.isNeverExposable(h)) {
                out.add(Problem.warning(Rule.EXPOSED_HEADER_NEVER_EXPOSED, h, "exposed header " + Quote.of(h)
                        + " is never exposed to scripts: browsers remove Set-Cookie and Set-Cookie2 from every"
                        + " response a page can read, whatever Access-Control-Expose-Headers says; remove it"));
            }
        }
        return List.copyOf(out);
    }

    private static String fix(String value) {
        String fix = value == null ? null : TokenFix.suggest(value);
        return fix == null ? "write a header name such as \"X-Request-Id\"" : "write " + Quote.of(fix);
    }

    /** @return the names next to {@code "*"} that it already covers, quoted and joined; empty if none */
    private static String othersThanWildcard(List<String> values) {
        StringJoiner j = new StringJoiner(", ");
        for (String n : values) {
            if (n == null || !HeaderNames.combinesWithWildcard(n)) {
                j.add(Quote.of(n));
            }
        }
        return j.toString();
    }
}
