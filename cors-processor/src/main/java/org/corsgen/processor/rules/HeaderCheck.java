package org.corsgen.processor.rules;

import java.util.List;

import javax.tools.Diagnostic;

import org.corsgen.processor.model.Attribute;
import org.corsgen.processor.model.PolicySpec;
import org.corsgen.processor.model.PolicyUse;
import org.corsgen.processor.model.Written;
import org.corsgen.runtime.rules.HeaderRules;
import org.corsgen.runtime.rules.Problem;
import org.corsgen.runtime.rules.Quote;
import org.corsgen.runtime.rules.Rule;

/**
 * {@code allowedHeaders} and {@code exposedHeaders}: the rulebook's {@link HeaderRules}, each problem
 * reported on the element it is about (an exposed {@code "*"} with credentials on the inner of the two
 * levels they were written on).
 */
final class HeaderCheck {

    private final Reporter reporter;

    HeaderCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    void check(PolicyUse use) {
        Written allowed = use.chain().get(Attribute.ALLOWED_HEADERS);
        if (allowed != null) {
            List<String> values = allowed.strings();
            report(use, Attribute.ALLOWED_HEADERS, allowed, values, HeaderRules.checkAllowed(values));
        }
        Written exposed = use.chain().get(Attribute.EXPOSED_HEADERS);
        if (exposed != null) {
            List<String> values = exposed.strings();
            boolean credentials = OriginCheck.flag(use.chain(), Attribute.CREDENTIALS);
            report(use, Attribute.EXPOSED_HEADERS, exposed, values, HeaderRules.checkExposed(values, credentials));
        }
    }

    private void report(PolicyUse use, Attribute attribute, Written written, List<String> values,
            List<Problem> problems) {
        PolicySpec source = use.chain().sourceOf(attribute);
        int[] at = WrittenValues.indexes(values, problems);
        for (int k = 0; k < problems.size(); k++) {
            Problem p = problems.get(k);
            if (p.rule().equals(Rule.EXPOSED_HEADER_WILDCARD_WITH_CREDENTIALS.id())) {
                Conflict.report(reporter, Diagnostic.Kind.ERROR, p.rule(), p.message(), use.chain(), attribute,
                        written.valueAt(at[k]), Quote.of(p.value()), Attribute.CREDENTIALS);
            } else {
                reporter.report(Location.of(source, written.valueAt(at[k])), p);
            }
        }
    }
}
