package org.corsgen.processor.rules;

import java.util.List;

import org.corsgen.processor.model.Attribute;
import org.corsgen.processor.model.PolicySpec;
import org.corsgen.processor.model.PolicyUse;
import org.corsgen.processor.model.Written;
import org.corsgen.runtime.headers.HttpTokens;

/** {@code methods}: each value must be a token, sendable by fetch(), and spelled as browsers send it. */
final class MethodCheck {

    private final Reporter reporter;

    MethodCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    void check(PolicyUse use) {
        Written methods = use.chain().get(Attribute.METHODS);
        if (methods == null) {
            return;
        }
        PolicySpec source = use.chain().sourceOf(Attribute.METHODS);
        List<String> values = methods.strings();
        for (int i = 0; i < values.size(); i++) {
            String m = values.get(i);
            Location where = Location.of(source, methods.valueAt(i));
            if (!HttpTokens.isToken(m)) {
                String fix = TokenFix.suggest(m);
                String standard = fix == null ? null : HttpTokens.misspelledStandardMethod(fix);
                reporter.error(where, "methods.token", "method " + Quote.of(m)
                        + " is not an HTTP token (" + TokenFix.TOKEN_CHARS + " only), so no request can carry it; "
                        + (fix == null ? "write a method name such as \"PUT\""
                                : "write " + Quote.of(standard != null ? standard : fix)));
            } else if (HttpTokens.isForbiddenMethod(m)) {
                reporter.error(where, "methods.forbidden", "method " + Quote.of(m)
                        + " can never be sent by fetch() or XMLHttpRequest (CONNECT, TRACE and TRACK are forbidden"
                        + " methods), so no preflight asks for it; remove it");
            } else {
                String standard = HttpTokens.misspelledStandardMethod(m);
                if (standard != null) {
                    reporter.error(where, "methods.case", "method " + Quote.of(m) + " is not " + Quote.of(standard)
                            + ": browsers send " + standard + " and JAX-RS matches case-sensitively; write "
                            + Quote.of(standard));
                }
            }
        }
    }
}
