package org.corsgen.processor.rules;

import java.util.List;

import org.corsgen.processor.model.Attribute;
import org.corsgen.processor.model.PolicySpec;
import org.corsgen.processor.model.PolicyUse;
import org.corsgen.processor.model.Written;
import org.corsgen.runtime.rules.MethodRules;
import org.corsgen.runtime.rules.Problem;

/** {@code methods}: the rulebook's {@link MethodRules}, each problem reported on the element it is about. */
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
        List<Problem> problems = MethodRules.check(values);
        int[] at = WrittenValues.indexes(values, problems);
        for (int k = 0; k < problems.size(); k++) {
            reporter.report(Location.of(source, methods.valueAt(at[k])), problems.get(k));
        }
    }
}
