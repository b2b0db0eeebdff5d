package org.corsgen.processor.rules;

import java.util.Map;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

import org.corsgen.processor.model.Describe;
import org.corsgen.processor.model.JaxRs;
import org.corsgen.processor.model.ResourceClass;
import org.corsgen.processor.model.ResourceMethod;
import org.corsgen.processor.model.RouteGraph;
import org.corsgen.runtime.routing.RouteTable;
import org.corsgen.runtime.rules.Quote;

/**
 * ERROR: a {@code @Path} template that the route table cannot use (unbalanced braces, a bad variable, a
 * {@code {name: regex}} whose regex does not compile), checked by the parser start-up uses
 * ({@link RouteTable#templateProblem}), so that the build fails instead of the container's start.
 */
final class TemplateCheck {

    static final String RULE = "path-template";

    private final Reporter reporter;

    TemplateCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    void check(RouteGraph graph) {
        for (ResourceClass rc : graph.resourceClasses()) {
            if (rc.path() != null) {
                check(rc.element(), rc.path(), "of class " + rc.qualifiedName());
            }
            for (ResourceMethod m : rc.methods()) {
                if (!m.template().isEmpty()) {
                    check(m.element(), m.template(), "of " + Describe.method(m.element()));
                }
            }
        }
    }

    private void check(Element element, String template, String owner) {
        String problem = RouteTable.templateProblem(template);
        if (problem == null) {
            return;
        }
        // null when inherited from the method it overrides: then reported on the method that uses it
        AnnotationMirror path = JaxRs.pathAnnotation(element);
        AnnotationValue value = null;
        if (path != null) {
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : path.getElementValues().entrySet()) {
                if (e.getKey().getSimpleName().contentEquals("value")) {
                    value = e.getValue();
                }
            }
        }
        reporter.error(new Location(element, path, value), RULE, "@Path(" + Quote.of(template) + ") " + owner
                + " is not a template Jakarta REST can match: " + problem + "; the container would fail at start-up."
                + " Write variables as {name} or {name: regex} with a Java regular expression, and balance the braces");
    }
}
