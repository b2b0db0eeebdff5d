package org.corsgen.processor.rules;

import org.corsgen.processor.model.Attribute;
import org.corsgen.processor.model.PolicyUse;
import org.corsgen.processor.model.Written;
import org.corsgen.runtime.rules.MaxAgeRules;
import org.corsgen.runtime.rules.Problem;

/** {@code maxAge}: the rulebook's {@link MaxAgeRules}, reported on the value. */
final class MaxAgeCheck {

    private final Reporter reporter;

    MaxAgeCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    void check(PolicyUse use) {
        Written maxAge = use.chain().get(Attribute.MAX_AGE);
        if (maxAge == null) {
            return;
        }
        Location where = Location.of(use.chain().sourceOf(Attribute.MAX_AGE), maxAge.annotationValue());
        for (Problem p : MaxAgeRules.check(maxAge.number())) {
            reporter.report(where, p);
        }
    }
}
