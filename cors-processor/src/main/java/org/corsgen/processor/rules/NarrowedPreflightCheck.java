package org.corsgen.processor.rules;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.StringJoiner;

import org.corsgen.processor.model.Describe;
import org.corsgen.processor.model.NarrowedRoutes;
import org.corsgen.processor.model.NarrowedRoutes.Narrowed;
import org.corsgen.processor.model.PolicyUse;
import org.corsgen.processor.model.RouteEntry;
import org.corsgen.processor.model.RouteGraph;

/**
 * WARNING where a preflight cannot tell apart methods with different policies ({@link NarrowedRoutes}), so
 * corsgen answers it with the narrowest of them (every one must allow it), while each actual response still
 * gets the policy of the method that ran: on each method's {@code @CrossOrigin} (or the method), saying
 * which policy the preflight uses and how to avoid it.
 */
final class NarrowedPreflightCheck {

    static final String RULE = "narrowed-preflight";

    private final Reporter reporter;

    NarrowedPreflightCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    void check(RouteGraph graph) {
        for (Narrowed n : NarrowedRoutes.of(graph)) {
            String route = n.httpMethod() + " " + n.path();
            if (n.reason() == NarrowedRoutes.Reason.MEDIA_TYPES) {
                StringJoiner names = new StringJoiner(", ");
                n.methods().forEach(e -> names.add(Describe.method(e.method().element())));
                String message = route + " is served by " + n.methods().size() + " methods of "
                        + n.classes().get(0).resource().element().getSimpleName() + " with different CORS policies ("
                        + names + "), which differ only in @Consumes/@Produces; a preflight carries neither"
                        + " Content-Type nor Accept, so corsgen cannot tell which one the request will run: it allows a"
                        + " preflight for " + route + " only where every one of these policies allows it (their"
                        + " narrowest), and each response gets the policy of the method that ran. Give these methods"
                        + " one policy, or put them on different paths";
                n.methods().forEach(e -> report(e, message));
                continue;
            }
            Set<String> subclasses = new LinkedHashSet<>();
            for (int i = 0; i < n.methods().size(); i++) {
                if (n.classes().get(i) != n.locator().targets().get(0)) {
                    subclasses.add(n.classes().get(i).resource().element().getSimpleName().toString());
                }
            }
            String message = "the sub-resource locator @Path(\"" + n.locator().template() + "\") of "
                    + n.owner().resource().element().getSimpleName() + " returns "
                    + n.locator().targets().get(0).resource().element().getSimpleName() + ", and its subclasses "
                    + String.join(", ", subclasses) + " in this compilation give " + route + " different CORS"
                    + " policies; the container runs the method of the class of the object the locator returns,"
                    + " which a preflight cannot know, so corsgen allows a preflight for " + route + " only where"
                    + " every one of these policies allows it (their narrowest), and each response gets the policy"
                    + " of the method that ran. Give the overriding methods the policy of the methods they override,"
                    + " or serve the subclass at a path of its own";
            for (int i = 0; i < n.methods().size(); i++) {
                if (n.classes().get(i) != n.locator().targets().get(0)) {
                    report(n.methods().get(i), message);
                }
            }
        }
    }

    private void report(RouteEntry e, String message) {
        PolicyUse use = e.policy();
        if (use != null && use.own() != null) {
            reporter.warning(Location.of(use.own()), RULE, message);
        } else {
            reporter.warning(new Location(e.method().element(), null, null), RULE, message);
        }
    }
}
