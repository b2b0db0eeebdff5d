package org.corsgen.processor.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

import javax.lang.model.element.ExecutableElement;

import org.corsgen.processor.model.Describe;
import org.corsgen.processor.model.Node;
import org.corsgen.processor.model.PolicyDefaults;
import org.corsgen.processor.model.PolicyUse;
import org.corsgen.processor.model.ResolvedPolicy;
import org.corsgen.processor.model.RouteEntry;
import org.corsgen.processor.model.RouteGraph;
import org.corsgen.processor.model.RouteGraphBuilder;

/**
 * WARNING where a preflight cannot tell apart methods with different policies, so corsgen answers it with
 * the narrowest of them (every one must allow it), while each actual response still gets the policy of the
 * method that ran:
 * <ul>
 *   <li>methods of one class at the same path with the same HTTP method, which differ only in
 *       {@code @Consumes}/{@code @Produces} (a preflight carries neither {@code Content-Type} nor
 *       {@code Accept});</li>
 *   <li>a sub-resource locator whose declared return type has subclasses in the compilation: the container
 *       routes by the class of the returned object, so the same path and method may run the method of the
 *       declared type or a subclass's.</li>
 * </ul>
 */
final class NarrowedPreflightCheck {

    static final String RULE = "narrowed-preflight";

    private final Reporter reporter;

    NarrowedPreflightCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    void check(RouteGraph graph) {
        for (Node node : graph.nodes()) {
            Map<String, List<RouteEntry>> byRoute = new LinkedHashMap<>();
            for (RouteEntry e : node.entries()) {
                if (e.kind() == RouteEntry.Kind.METHOD) {
                    byRoute.computeIfAbsent(route(e), k -> new ArrayList<>()).add(e);
                }
                if (e.kind() == RouteEntry.Kind.LOCATOR && e.targets().size() > 1) {
                    checkLocator(node, e);
                }
            }
            for (List<RouteEntry> same : byRoute.values()) {
                if (same.size() > 1 && differ(same)) {
                    reportVariants(node, same);
                }
            }
        }
    }

    private void reportVariants(Node node, List<RouteEntry> same) {
        RouteEntry first = same.get(0);
        String path = first.httpMethod() + " " + pathOf(same);
        StringJoiner names = new StringJoiner(", ");
        same.forEach(e -> names.add(Describe.method(e.method().element())));
        String message = path + " is served by " + same.size() + " methods of " + node.resource().element().getSimpleName()
                + " with different CORS policies (" + names + "), which differ only in @Consumes/@Produces; a"
                + " preflight carries neither Content-Type nor Accept, so corsgen cannot tell which one the request"
                + " will run: it allows a preflight for " + path + " only where every one of these policies allows it"
                + " (their narrowest), and each response gets the policy of the method that ran. Give these methods"
                + " one policy, or put them on different paths";
        for (RouteEntry e : same) {
            report(e, message);
        }
    }

    /** A locator that may return a subclass: methods of the declared type and of subclasses at one route. */
    private void checkLocator(Node owner, RouteEntry locator) {
        Map<String, List<RouteEntry>> byRoute = new LinkedHashMap<>();
        Map<RouteEntry, Node> nodeOf = new LinkedHashMap<>();
        for (Node target : locator.targets()) {
            for (RouteEntry e : target.entries()) {
                if (e.kind() == RouteEntry.Kind.METHOD) {
                    byRoute.computeIfAbsent(route(e), k -> new ArrayList<>()).add(e);
                    nodeOf.put(e, target);
                }
            }
        }
        Node declared = locator.targets().get(0);
        for (List<RouteEntry> same : byRoute.values()) {
            if (same.size() < 2 || !differ(same)) {
                continue;
            }
            Set<String> classes = new LinkedHashSet<>();
            same.forEach(e -> classes.add(nodeOf.get(e).resource().element().getSimpleName().toString()));
            String path = same.get(0).httpMethod() + " " + pathOf(same);
            String message = "the sub-resource locator @Path(\"" + locator.template() + "\") of "
                    + owner.resource().element().getSimpleName() + " returns " + declared.resource().element()
                    .getSimpleName() + ", and its subclasses " + String.join(", ", classes) + " in this compilation"
                    + " give " + path + " different CORS policies; the container runs the method of the class of the"
                    + " object the locator returns, which a preflight cannot know, so corsgen allows a preflight for "
                    + path + " only where every one of these policies allows it (their narrowest), and each response"
                    + " gets the policy of the method that ran. Give the overriding methods the policy of the methods"
                    + " they override, or serve the subclass at a path of its own";
            for (RouteEntry e : same) {
                if (nodeOf.get(e) != declared) {
                    report(e, message);
                }
            }
        }
    }

    private void report(RouteEntry e, String message) {
        PolicyUse use = e.policy();
        ExecutableElement method = e.method().element();
        if (use != null && use.own() != null) {
            reporter.warning(Location.of(use.own()), RULE, message);
        } else {
            reporter.warning(new Location(method, null, null), RULE, message);
        }
    }

    private static boolean differ(List<RouteEntry> same) {
        ResolvedPolicy first = resolve(same.get(0));
        for (RouteEntry e : same) {
            if (!Objects.equals(first, resolve(e))) {
                return true;
            }
        }
        return false;
    }

    private static ResolvedPolicy resolve(RouteEntry e) {
        return e.policy() == null ? null : PolicyDefaults.resolve(e.policy());
    }

    private static String route(RouteEntry e) {
        return RouteGraphBuilder.normalize(e.template()) + " " + e.httpMethod();
    }

    private static String pathOf(List<RouteEntry> same) {
        PolicyUse use = same.get(0).policy();
        return use != null ? use.path() : "/" + RouteGraphBuilder.normalize(same.get(0).template());
    }
}
