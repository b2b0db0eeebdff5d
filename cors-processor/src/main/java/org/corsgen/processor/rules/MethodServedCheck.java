package org.corsgen.processor.rules;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.corsgen.processor.model.Attribute;
import org.corsgen.processor.model.PolicySpec;
import org.corsgen.processor.model.PolicyUse;
import org.corsgen.processor.model.Written;
import org.corsgen.runtime.rules.MethodRules;
import org.corsgen.runtime.rules.Quote;

/**
 * WARNING: a method in {@code methods} that the resource does not serve. A value written on the method
 * itself is compared with what is served at that method's path; a value written on a class, package or
 * locator with what is served anywhere below it (collected over every place it applies to, reported once
 * at the end). Places whose served methods are unknown (opaque locators) silence the warning.
 */
final class MethodServedCheck {

    static final String RULE = "method-not-served";

    private static final class Served {
        final PolicySpec source;
        final Written methods;
        final Set<String> served = new LinkedHashSet<>();
        final Set<String> places = new LinkedHashSet<>();
        boolean unknown;
        boolean samePath = true;

        Served(PolicySpec source, Written methods) {
            this.source = source;
            this.methods = methods;
        }
    }

    private final Reporter reporter;
    // Written has identity equality: one entry per written attribute, in the order first met
    private final Map<Written, Served> byValue = new LinkedHashMap<>();

    MethodServedCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    void collect(PolicyUse use) {
        Written methods = use.chain().get(Attribute.METHODS);
        if (methods == null) {
            return;
        }
        PolicySpec source = use.chain().sourceOf(Attribute.METHODS);
        Served s = byValue.computeIfAbsent(methods, k -> new Served(source, methods));
        if (use.kind() == PolicyUse.Kind.OPAQUE_LOCATOR) {
            s.unknown = true;
            return;
        }
        boolean own = use.kind() == PolicyUse.Kind.METHOD && source == use.own();
        if (own) {
            s.served.addAll(use.servedMethods());
            s.places.add("at " + use.path() + ", which serves ");
        } else {
            s.samePath = false;
            s.served.addAll(use.nodeMethods());
            s.places.add("by any resource method of " + use.resourceName() + " (they serve ");
        }
    }

    void report() {
        for (Served s : byValue.values()) {
            if (s.unknown) {
                continue;
            }
            Set<String> accepted = new LinkedHashSet<>(s.served);
            if (accepted.contains("GET")) {
                accepted.add("HEAD");
            }
            accepted.add("OPTIONS"); // answered by the container for every resource
            List<String> values = s.methods.strings();
            for (int i = 0; i < values.size(); i++) {
                String m = values.get(i);
                if (accepted.contains(m) || !MethodRules.check(List.of(m)).isEmpty()) {
                    continue; // served, or already an error of its own
                }
                String place = s.places.size() == 1 ? s.places.iterator().next()
                        : "by any resource this @CrossOrigin applies to (they serve ";
                boolean paren = place.endsWith("(they serve ");
                reporter.warning(Location.of(s.source, s.methods.valueAt(i)), RULE,
                        "method " + Quote.of(m) + " is not served " + place + plainList(s.served)
                                + (paren ? ")" : "") + "; a preflight for it would be allowed for a request the"
                                + " resource answers with 405: remove it"
                                + (s.samePath ? ", or add a resource method for " + m + " at that path" : ""));
            }
        }
    }

    /** @return {@code GET, PUT} (plain, for lists of methods) or {@code none} */
    private static String plainList(Set<String> values) {
        if (values.isEmpty()) {
            return "none";
        }
        StringJoiner j = new StringJoiner(", ");
        values.forEach(j::add);
        return j.toString();
    }
}
