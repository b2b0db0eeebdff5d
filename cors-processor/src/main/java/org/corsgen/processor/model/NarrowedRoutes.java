package org.corsgen.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The routes whose preflight cannot tell apart methods with different policies, so that the route table
 * answers it with their narrowest (every one must allow it): found once, for the warnings of the rules and
 * the policy report.
 * <ul>
 *   <li>{@link Reason#MEDIA_TYPES}: methods of one class at the same path with the same HTTP method, which
 *       differ only in {@code @Consumes}/{@code @Produces} (a preflight carries neither {@code Content-Type}
 *       nor {@code Accept});</li>
 *   <li>{@link Reason#SUBCLASSES}: a sub-resource locator whose declared return type has subclasses in the
 *       compilation that give the same path and method another policy (the container routes by the class of
 *       the returned object).</li>
 * </ul>
 */
public final class NarrowedRoutes {

    /** Why a preflight cannot tell the methods apart. */
    public enum Reason { MEDIA_TYPES, SUBCLASSES }

    /**
     * One route with several policies.
     *
     * @param reason why
     * @param httpMethod the HTTP method
     * @param path the full path template, e.g. {@code /neg}
     * @param methods the method entries, each with its policy (the first: of the declared type, for subclasses)
     * @param classes the node of each entry, in the same order
     * @param locator for {@link Reason#SUBCLASSES}: the locator's entry and its owner; else {@code null}
     */
    public record Narrowed(Reason reason, String httpMethod, String path, List<RouteEntry> methods, List<Node> classes,
            RouteEntry locator, Node owner) {
    }

    private NarrowedRoutes() {
    }

    /** @return every narrowed route of the graph, in node order */
    public static List<Narrowed> of(RouteGraph graph) {
        List<Narrowed> result = new ArrayList<>();
        for (Node node : graph.nodes()) {
            Map<String, List<RouteEntry>> byRoute = new LinkedHashMap<>();
            for (RouteEntry e : node.entries()) {
                if (e.kind() == RouteEntry.Kind.METHOD) {
                    byRoute.computeIfAbsent(route(e), k -> new ArrayList<>()).add(e);
                }
            }
            for (List<RouteEntry> same : byRoute.values()) {
                if (same.size() > 1 && differ(same)) {
                    List<Node> classes = new ArrayList<>();
                    same.forEach(e -> classes.add(node));
                    result.add(new Narrowed(Reason.MEDIA_TYPES, same.get(0).httpMethod(), pathOf(same), same, classes,
                            null, null));
                }
            }
            for (RouteEntry e : node.entries()) {
                if (e.kind() == RouteEntry.Kind.LOCATOR && e.targets().size() > 1) {
                    subclasses(node, e, result);
                }
            }
        }
        return result;
    }

    private static void subclasses(Node owner, RouteEntry locator, List<Narrowed> result) {
        Map<String, List<RouteEntry>> byRoute = new LinkedHashMap<>();
        Map<String, List<Node>> nodesByRoute = new LinkedHashMap<>();
        for (Node target : locator.targets()) {
            for (RouteEntry e : target.entries()) {
                if (e.kind() == RouteEntry.Kind.METHOD) {
                    byRoute.computeIfAbsent(route(e), k -> new ArrayList<>()).add(e);
                    nodesByRoute.computeIfAbsent(route(e), k -> new ArrayList<>()).add(target);
                }
            }
        }
        for (Map.Entry<String, List<RouteEntry>> r : byRoute.entrySet()) {
            List<RouteEntry> same = r.getValue();
            if (same.size() > 1 && differ(same) && nodesByRoute.get(r.getKey()).stream().distinct().count() > 1) {
                result.add(new Narrowed(Reason.SUBCLASSES, same.get(0).httpMethod(), pathOf(same), same,
                        nodesByRoute.get(r.getKey()), locator, owner));
            }
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

    /** @return the entry's resolved policy, or {@code null} for a method without one */
    public static ResolvedPolicy resolve(RouteEntry e) {
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
