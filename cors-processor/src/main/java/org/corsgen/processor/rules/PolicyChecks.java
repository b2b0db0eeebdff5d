package org.corsgen.processor.rules;

import java.util.LinkedHashSet;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

import org.corsgen.processor.model.Node;
import org.corsgen.processor.model.PolicySpecReader;
import org.corsgen.processor.model.PolicyUse;
import org.corsgen.processor.model.RouteGraph;

/** Runs every rule over every effective policy of the graph, reporting all problems in one pass. */
public final class PolicyChecks {

    private final Reporter reporter;

    public PolicyChecks(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * @param graph the routes and policies of the compilation
     * @param annotated every element annotated with {@code @CrossOrigin} in the compilation
     * @param specs the reader the graph was built with
     */
    public void check(RouteGraph graph, Set<? extends Element> annotated, PolicySpecReader specs) {
        OriginCheck origins = new OriginCheck(reporter);
        MethodCheck methods = new MethodCheck(reporter);
        MethodServedCheck served = new MethodServedCheck(reporter);
        HeaderCheck headers = new HeaderCheck(reporter);
        MaxAgeCheck maxAge = new MaxAgeCheck(reporter);
        for (PolicyUse use : graph.policyUses()) {
            origins.check(use);
            methods.check(use);
            served.collect(use);
            headers.check(use);
            maxAge.check(use);
        }
        served.report();
        new NarrowedPreflightCheck(reporter).check(graph);
        new TemplateCheck(reporter).check(graph);
        Set<TypeElement> resourceTypes = new LinkedHashSet<>();
        for (Node n : graph.nodes()) {
            resourceTypes.add(n.resource().element());
        }
        new PlacementCheck(reporter).check(annotated, graph.usedPolicies(), resourceTypes, specs);
    }
}
