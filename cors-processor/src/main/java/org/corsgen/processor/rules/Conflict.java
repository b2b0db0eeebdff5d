package org.corsgen.processor.rules;

import javax.lang.model.element.AnnotationValue;
import javax.tools.Diagnostic;

import org.corsgen.processor.model.Attribute;
import org.corsgen.processor.model.PolicyChain;
import org.corsgen.processor.model.PolicySpec;
import org.corsgen.processor.model.Written;

/**
 * Reports a problem that comes from two attributes together (e.g. {@code "*"} and {@code credentials =
 * true}), possibly written on different levels: on the inner of the two, saying where the other came from.
 */
final class Conflict {

    private Conflict() {
    }

    /**
     * @param value the offending value of {@code first} (an array element or the whole attribute)
     * @param second the attribute {@code first} conflicts with ({@code credentials}, {@code privateNetwork})
     */
    static void report(Reporter reporter, Diagnostic.Kind kind, String rule, String message, PolicyChain chain,
            Attribute first, AnnotationValue value, String valueText, Attribute second) {
        PolicySpec firstSource = chain.sourceOf(first);
        PolicySpec secondSource = chain.sourceOf(second);
        if (secondSource == null || secondSource == firstSource) {
            reporter.report(kind, Location.of(firstSource, value), rule, message);
            return;
        }
        Written secondValue = secondSource.get(second);
        if (chain.depthOf(secondSource) > chain.depthOf(firstSource)) {
            reporter.report(kind, Location.of(secondSource, secondValue.annotationValue()), rule,
                    message + " (" + first.javaName() + " " + valueText + " comes from the @CrossOrigin on "
                            + firstSource.describe() + ")");
        } else {
            reporter.report(kind, Location.of(firstSource, value), rule,
                    message + " (" + second.javaName() + " = " + secondValue.annotationValue()
                            + " comes from the @CrossOrigin on " + secondSource.describe() + ")");
        }
    }
}
