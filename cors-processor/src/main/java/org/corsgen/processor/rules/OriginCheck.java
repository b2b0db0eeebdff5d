package org.corsgen.processor.rules;

import java.util.List;

import javax.lang.model.element.AnnotationValue;
import javax.tools.Diagnostic;

import org.corsgen.processor.model.Attribute;
import org.corsgen.processor.model.PolicyChain;
import org.corsgen.processor.model.PolicySpec;
import org.corsgen.processor.model.PolicyUse;
import org.corsgen.processor.model.Written;
import org.corsgen.runtime.origin.OriginProblem;
import org.corsgen.runtime.origin.OriginRules;
import org.corsgen.runtime.origin.PublicSuffixes;
import org.corsgen.runtime.rules.Quote;

/**
 * The origin rules, applied once per effective policy through {@link OriginRules} (the same code the
 * runtime uses), each problem turned into a diagnostic on the array element it is about. {@code ${...}}
 * placeholders are checked for syntax, and their defaults with every origin rule
 * ({@link OriginRules#checkDeclared}); what they resolve to is checked at start-up. Patterns are checked
 * against {@link PublicSuffixes#fromClassPath()}, the one list every check uses (here, with Guava on the
 * processor's class path, the Public Suffix List).
 */
final class OriginCheck {

    private final Reporter reporter;

    OriginCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    void check(PolicyUse use) {
        PolicyChain chain = use.chain();
        Written origins = chain.get(Attribute.ORIGINS);
        List<String> values = origins == null ? List.of() : origins.strings();
        boolean credentials = flag(chain, Attribute.CREDENTIALS);
        boolean privateNetwork = flag(chain, Attribute.PRIVATE_NETWORK);
        PublicSuffixes suffixes = PublicSuffixes.fromClassPath();
        for (OriginProblem p : OriginRules.checkDeclared(values, credentials, privateNetwork, suffixes)) {
            report(chain, origins, p);
        }
    }

    private void report(PolicyChain chain, Written origins, OriginProblem p) {
        Diagnostic.Kind kind = p.isError() ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
        String rule = p.rule().id();
        if (p.value() == null || origins == null) {
            PolicySpec where = origins == null ? chain.innermost() : chain.sourceOf(Attribute.ORIGINS);
            reporter.report(kind, origins == null ? Location.of(where) : Location.of(where, origins.annotationValue()),
                    rule, p.message());
            return;
        }
        AnnotationValue value = p.rule() == OriginProblem.Rule.DUPLICATE
                ? lastValueOf(origins, p.value()) : origins.valueOf(p.value());
        switch (p.rule()) {
            case WILDCARD_WITH_CREDENTIALS:
            case INSECURE_WITH_CREDENTIALS:
                Conflict.report(reporter, kind, rule, p.message(), chain, Attribute.ORIGINS, value,
                        Quote.of(p.value()), Attribute.CREDENTIALS);
                break;
            case WILDCARD_WITH_PRIVATE_NETWORK:
                Conflict.report(reporter, kind, rule, p.message(), chain, Attribute.ORIGINS, value,
                        Quote.of(p.value()), Attribute.PRIVATE_NETWORK);
                break;
            default:
                reporter.report(kind, Location.of(chain.sourceOf(Attribute.ORIGINS), value), rule, p.message());
        }
    }

    private static AnnotationValue lastValueOf(Written origins, String value) {
        List<String> items = origins.strings();
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).equals(value)) {
                return origins.valueAt(i);
            }
        }
        return origins.annotationValue();
    }

    static boolean flag(PolicyChain chain, Attribute attribute) {
        Written w = chain.get(attribute);
        return w != null && w.bool();
    }
}
