package org.corsgen.processor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import javax.tools.Diagnostic;

import org.corsgen.processor.model.Attribute;
import org.corsgen.processor.model.PolicySpec;
import org.corsgen.processor.model.PolicyUse;
import org.corsgen.processor.model.Written;
import org.corsgen.runtime.headers.CorsProtocolNames;
import org.corsgen.runtime.headers.HeaderNames;
import org.corsgen.runtime.headers.HttpTokens;

/**
 * {@code allowedHeaders} and {@code exposedHeaders}: names must be tokens and no {@code Access-Control-*}
 * name of the CORS protocol; {@code "*"} alone or with {@code Authorization}; no exposed {@code "*"} with
 * credentials; warnings for names browsers never send or never expose.
 */
final class HeaderCheck {

    private final Reporter reporter;

    HeaderCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    void check(PolicyUse use) {
        checkAllowed(use);
        checkExposed(use);
    }

    private void checkAllowed(PolicyUse use) {
        Written allowed = use.chain().get(Attribute.ALLOWED_HEADERS);
        if (allowed == null) {
            return;
        }
        PolicySpec source = use.chain().sourceOf(Attribute.ALLOWED_HEADERS);
        List<String> values = allowed.strings();
        for (int i = 0; i < values.size(); i++) {
            String h = values.get(i);
            Location where = Location.of(source, allowed.valueAt(i));
            if ("*".equals(h)) {
                String others = others(values);
                if (!others.isEmpty()) {
                    reporter.error(where, "allowedHeaders.wildcard-mixed", "allowed header \"*\" cannot be mixed"
                            + " with header names (" + others + "): \"*\" already allows every valid name except"
                            + " Authorization; write allowedHeaders = \"*\" alone (or {\"*\", \"Authorization\"} to"
                            + " allow Authorization too), or list only the names");
                }
            } else if (!HttpTokens.isToken(h)) {
                reporter.error(where, "allowedHeaders.token", "allowed header " + Quote.of(h)
                        + " is not a valid header name (an HTTP token: " + TokenFix.TOKEN_CHARS + "); "
                        + fix(h));
            } else if (CorsProtocolNames.isCorsProtocolName(h)) {
                reporter.error(where, "allowedHeaders.cors-protocol", CorsProtocolNames.allowedHeaderProblem(h));
            } else if (HttpTokens.isForbiddenRequestHeader(h)) {
                String lower = h.toLowerCase(Locale.ROOT);
                reporter.warning(where, "allowedHeaders.forbidden", "allowed header " + Quote.of(h)
                        + " can never be sent by page scripts: it is a forbidden request header that only the"
                        + " browser sets, so allowing it has no effect; remove it"
                        + (lower.equals("cookie") || lower.equals("cookie2")
                                ? " (to let the browser send cookies, write credentials = true)" : ""));
            }
        }
    }

    private void checkExposed(PolicyUse use) {
        Written exposed = use.chain().get(Attribute.EXPOSED_HEADERS);
        if (exposed == null) {
            return;
        }
        PolicySpec source = use.chain().sourceOf(Attribute.EXPOSED_HEADERS);
        boolean credentials = OriginCheck.flag(use.chain(), Attribute.CREDENTIALS);
        List<String> values = exposed.strings();
        for (int i = 0; i < values.size(); i++) {
            String h = values.get(i);
            Location where = Location.of(source, exposed.valueAt(i));
            if ("*".equals(h)) {
                if (credentials) {
                    Conflict.report(reporter, Diagnostic.Kind.ERROR, "exposedHeaders.wildcard-credentials",
                            "exposed header \"*\" means \"all headers\" only without credentials: with credentials"
                                    + " = true browsers read it literally, as a header named \"*\", and expose"
                                    + " nothing; list the header names to expose instead, e.g. exposedHeaders ="
                                    + " {\"X-Total-Count\"}",
                            use.chain(), Attribute.EXPOSED_HEADERS, exposed.valueAt(i), "\"*\"",
                            Attribute.CREDENTIALS);
                }
            } else if (!HttpTokens.isToken(h)) {
                reporter.error(where, "exposedHeaders.token", "exposed header " + Quote.of(h)
                        + " is not a valid header name (an HTTP token: " + TokenFix.TOKEN_CHARS + "); " + fix(h));
            } else if (CorsProtocolNames.isCorsProtocolName(h)) {
                reporter.error(where, "exposedHeaders.cors-protocol", CorsProtocolNames.exposedHeaderProblem(h));
            } else if (HttpTokens.isNeverExposable(h)) {
                reporter.warning(where, "exposedHeaders.never", "exposed header " + Quote.of(h)
                        + " is never exposed to scripts: browsers remove Set-Cookie and Set-Cookie2 from every"
                        + " response a page can read, whatever Access-Control-Expose-Headers says; remove it");
            }
        }
    }

    private static String fix(String value) {
        String fix = TokenFix.suggest(value);
        return fix == null ? "write a header name such as \"X-Request-Id\"" : "write " + Quote.of(fix);
    }

    /** @return the names next to {@code "*"} that it already covers, quoted and joined; empty if none */
    private static String others(List<String> values) {
        List<String> names = new ArrayList<>(values);
        names.removeIf(HeaderNames::combinesWithWildcard);
        StringJoiner j = new StringJoiner(", ");
        names.forEach(n -> j.add(Quote.of(n)));
        return j.toString();
    }
}
