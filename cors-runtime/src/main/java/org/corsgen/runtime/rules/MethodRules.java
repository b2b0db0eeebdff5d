package org.corsgen.runtime.rules;

import java.util.ArrayList;
import java.util.List;

import org.corsgen.runtime.headers.HttpTokens;

/**
 * The rules for {@code methods}: each value must be an HTTP token, a method fetch() can send, and spelled
 * as browsers send it ({@code PATCH}, not {@code patch}).
 */
public final class MethodRules {

    private MethodRules() {
    }

    /**
     * @param methods the configured values, in order as written
     * @return every problem, in the order of {@code methods} (at most one a value); empty when all are valid
     */
    public static List<Problem> check(List<String> methods) {
        List<Problem> out = new ArrayList<>();
        for (String m : methods) {
            Problem p = check(m);
            if (p != null) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** @return the problem of one value, or {@code null} */
    static Problem check(String m) {
        if (m == null || !HttpTokens.isToken(m)) {
            String fix = m == null ? null : TokenFix.suggest(m);
            String standard = fix == null ? null : HttpTokens.misspelledStandardMethod(fix);
            return Problem.error(Rule.METHOD_TOKEN, m, "method " + Quote.of(m)
                    + " is not an HTTP token (" + TokenFix.TOKEN_CHARS + " only), so no request can carry it; "
                    + (fix == null ? "write a method name such as \"PUT\""
                            : "write " + Quote.of(standard != null ? standard : fix)));
        }
        if (HttpTokens.isForbiddenMethod(m)) {
            return Problem.error(Rule.METHOD_FORBIDDEN, m, "method " + Quote.of(m)
                    + " can never be sent by fetch() or XMLHttpRequest (CONNECT, TRACE and TRACK are forbidden"
                    + " methods), so no preflight asks for it; remove it");
        }
        String standard = HttpTokens.misspelledStandardMethod(m);
        if (standard != null) {
            return Problem.error(Rule.METHOD_CASE, m, "method " + Quote.of(m) + " is not " + Quote.of(standard)
                    + ": browsers send " + standard + " and JAX-RS matches case-sensitively; write "
                    + Quote.of(standard));
        }
        return null;
    }
}
