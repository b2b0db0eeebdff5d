package org.corsgen.runtime.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.BinaryOperator;

/**
 * Turns the declarations into the lookup structures: parses and validates every template, resolves node
 * references, groups roots and sub-resource methods by R(T) and orders every candidate list by the
 * §3.7.2 sort key.
 *
 * <p>Ties: roots and children are ordered by literal characters, variables, variables with a regex (all
 * descending), then in phase 2 sub-resource methods before locators, then by R(T) identity (a fixed,
 * arbitrary order; the spec leaves it open and Jersey compares regex strings). Roots sharing an R(T) form
 * one candidate whose nodes are merged (C′); sub-resource methods sharing an R(T) in a resource set form
 * one candidate (M); of several locators sharing an R(T) in a set, the first declared is used.
 *
 * @param <P> the value type
 */
final class TableCompiler<P> {

    private final Map<String, PathTemplate> parsed = new HashMap<>();
    private final Map<List<String>, SegmentPattern> sharedSegments = new HashMap<>();
    private final SortedMap<Integer, NodeDeclaration<P>> declarations;
    private final Map<Integer, Integer> denseIndex = new HashMap<>();
    private final BinaryOperator<P> narrower;
    private final SharedValue<P> shared;

    private TableCompiler(SortedMap<Integer, NodeDeclaration<P>> declarations, BinaryOperator<P> narrower,
            SharedValue<P> shared) {
        this.declarations = declarations;
        this.narrower = narrower;
        this.shared = shared;
    }

    /**
     * @throws IllegalArgumentException for an undeclared node, a malformed template or a bad method name
     */
    static <P> RouteTable<P> compile(SortedMap<Integer, NodeDeclaration<P>> declarations,
            List<RootDeclaration> roots, BinaryOperator<P> narrower, SharedValue<P> shared) {
        return new TableCompiler<>(declarations, narrower, shared).compile(roots);
    }

    private RouteTable<P> compile(List<RootDeclaration> roots) {
        List<NodeDeclaration<P>> nodes = new ArrayList<>(declarations.values());
        for (int d = 0; d < nodes.size(); d++) {
            denseIndex.put(nodes.get(d).index, d);
        }
        @SuppressWarnings("unchecked")
        ResourceSet<P>[] sets = (ResourceSet<P>[]) new ResourceSet<?>[nodes.size()];
        for (int d = 0; d < nodes.size(); d++) {
            sets[d] = resourceSet(List.of(nodes.get(d)));
        }

        // phase-1 candidates: roots grouped by R(T), in registration order within a group
        Map<String, List<PathTemplate>> templatesByKey = new LinkedHashMap<>();
        Map<String, List<NodeDeclaration<P>>> nodesByKey = new LinkedHashMap<>();
        Map<String, Boolean> foreignByKey = new HashMap<>();
        for (RootDeclaration root : roots) {
            PathTemplate template = template(root.template(), "root");
            templatesByKey.computeIfAbsent(template.key, k -> new ArrayList<>()).add(template);
            List<NodeDeclaration<P>> members = nodesByKey.computeIfAbsent(template.key, k -> new ArrayList<>());
            if (root.isForeign()) {
                foreignByKey.put(template.key, Boolean.TRUE);
                continue;
            }
            NodeDeclaration<P> node = nodes.get(dense(root.node(), "root \"" + root.template() + "\""));
            if (!members.contains(node)) {
                members.add(node);
            }
        }
        List<RootRoute<P>> rootRoutes = new ArrayList<>();
        for (Map.Entry<String, List<NodeDeclaration<P>>> e : nodesByKey.entrySet()) {
            List<NodeDeclaration<P>> members = e.getValue();
            boolean foreign = foreignByKey.containsKey(e.getKey());
            if (members.isEmpty()) {
                rootRoutes.add(new RootRoute<>(mostSpecific(templatesByKey.get(e.getKey())),
                        new ResourceSet<>(null, new CandidateIndex<>(List.of(), List.of()), null), false, null, null,
                        true, shared));
                continue;
            }
            ResourceSet<P> set = members.size() == 1
                    ? sets[denseIndex.get(members.get(0).index)]
                    : resourceSet(members);
            NodeDeclaration<P> firstWithChildren = null;
            for (NodeDeclaration<P> member : members) {
                if (hasChildren(member)) {
                    firstWithChildren = member;
                    break;
                }
            }
            rootRoutes.add(new RootRoute<>(mostSpecific(templatesByKey.get(e.getKey())), set,
                    firstWithChildren != null, members.get(0).fallback,
                    firstWithChildren == null ? null : firstWithChildren.fallback, foreign, shared));
        }
        rootRoutes.sort(Comparator.<RootRoute<P>, PathTemplate>comparing(r -> r.template, PathTemplate.SPECIFICITY)
                .thenComparing(r -> r.template.key));
        for (int i = 0; i + 1 < rootRoutes.size(); i++) {
            rootRoutes.get(i).tiedWithNext =
                    PathTemplate.SPECIFICITY.compare(rootRoutes.get(i).template, rootRoutes.get(i + 1).template) == 0;
        }
        List<String[]> leading = new ArrayList<>();
        for (RootRoute<P> r : rootRoutes) {
            leading.add(r.template.leadingSegments);
        }
        return new RouteTable<>(new CandidateIndex<>(rootRoutes, leading), sets, narrower);
    }

    /** The resource set of the given nodes (one node, or the members of a root group), merged in order. */
    private ResourceSet<P> resourceSet(List<NodeDeclaration<P>> nodes) {
        List<String> resourceHttpMethods = new ArrayList<>();
        List<P> resourceValues = new ArrayList<>();
        Map<String, List<PathTemplate>> methodTemplates = new LinkedHashMap<>();
        Map<String, List<String>> methodHttpMethods = new LinkedHashMap<>();
        Map<String, List<P>> methodValues = new LinkedHashMap<>();
        Map<String, List<PathTemplate>> locatorTemplates = new LinkedHashMap<>();
        Map<String, List<Integer>> locatorTargets = new LinkedHashMap<>();
        Map<String, List<P>> opaqueValues = new LinkedHashMap<>();
        for (NodeDeclaration<P> node : nodes) {
            for (NodeDeclaration.Member<P> m : node.members) {
                String where = "node " + node.index + " template \"" + m.template + "\"";
                PathTemplate template = template(m.template, where);
                switch (m.kind) {
                    case METHOD:
                        checkHttpMethod(m.httpMethod, where);
                        if (template.isEmpty()) {
                            resourceHttpMethods.add(m.httpMethod);
                            resourceValues.add(m.value);
                        } else {
                            methodTemplates.computeIfAbsent(template.key, k -> new ArrayList<>()).add(template);
                            methodHttpMethods.computeIfAbsent(template.key, k -> new ArrayList<>()).add(m.httpMethod);
                            methodValues.computeIfAbsent(template.key, k -> new ArrayList<>()).add(m.value);
                        }
                        break;
                    case LOCATOR:
                        locatorTemplates.computeIfAbsent(template.key, k -> new ArrayList<>()).add(template);
                        List<Integer> targets = locatorTargets.computeIfAbsent(template.key, k -> new ArrayList<>());
                        if (m.targetNodes.length == 0) {
                            throw new IllegalArgumentException(where + ": a locator without a target node");
                        }
                        for (int t : m.targetNodes) {
                            int target = dense(t, where);
                            if (!targets.contains(target)) {
                                targets.add(target);
                            }
                        }
                        break;
                    default:
                        locatorTemplates.computeIfAbsent(template.key, k -> new ArrayList<>()).add(template);
                        locatorTargets.computeIfAbsent(template.key, k -> new ArrayList<>());
                        opaqueValues.computeIfAbsent(template.key, k -> new ArrayList<>()).add(m.value);
                        break;
                }
            }
        }
        List<ChildRoute<P>> children = new ArrayList<>();
        for (String key : methodTemplates.keySet()) {
            children.add(ChildRoute.methods(mostSpecific(methodTemplates.get(key)),
                    new MethodSet<>(methodHttpMethods.get(key), methodValues.get(key), narrower)));
        }
        for (String key : locatorTemplates.keySet()) {
            List<P> opaque = opaqueValues.get(key);
            P opaqueValue = null;
            if (opaque != null) {
                opaqueValue = opaque.get(0);
                for (int i = 1; i < opaque.size(); i++) {
                    opaqueValue = narrower.apply(opaqueValue, opaque.get(i));
                }
            }
            int[] targets = locatorTargets.get(key).stream().mapToInt(Integer::intValue).toArray();
            children.add(ChildRoute.locators(mostSpecific(locatorTemplates.get(key)), targets, opaque != null,
                    opaqueValue));
        }
        children.sort(Comparator.<ChildRoute<P>, PathTemplate>comparing(c -> c.template, PathTemplate.SPECIFICITY)
                .thenComparing(c -> c.isMethods() ? 0 : 1)
                .thenComparing(c -> c.template.key));
        for (int i = 0; i + 1 < children.size(); i++) {
            ChildRoute<P> c = children.get(i);
            ChildRoute<P> d = children.get(i + 1);
            c.tiedWithNext = c.isMethods() == d.isMethods()
                    && PathTemplate.SPECIFICITY.compare(c.template, d.template) == 0;
        }
        List<String[]> leading = new ArrayList<>();
        for (ChildRoute<P> c : children) {
            leading.add(c.template.leadingSegments);
        }
        MethodSet<P> resourceMethods = resourceHttpMethods.isEmpty()
                ? null
                : new MethodSet<>(resourceHttpMethods, resourceValues, narrower);
        return new ResourceSet<>(resourceMethods, new CandidateIndex<>(children, leading), nodes.get(0).fallback);
    }

    /** Whether the node has sub-resource methods or locators (anything but methods with an empty template). */
    private boolean hasChildren(NodeDeclaration<P> node) {
        for (NodeDeclaration.Member<P> m : node.members) {
            if (m.kind != NodeDeclaration.Kind.METHOD || !template(m.template, "node " + node.index).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static PathTemplate mostSpecific(List<PathTemplate> sameKey) {
        PathTemplate best = sameKey.get(0);
        for (PathTemplate t : sameKey) {
            if (PathTemplate.SPECIFICITY.compare(t, best) < 0) {
                best = t;
            }
        }
        return best;
    }

    private PathTemplate template(String source, String where) {
        if (source == null) {
            throw new IllegalArgumentException(where + ": template is null");
        }
        PathTemplate t = parsed.get(source);
        if (t == null) {
            try {
                t = PathTemplate.parse(source, sharedSegments);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            parsed.put(source, t);
        }
        return t;
    }

    private int dense(int nodeIndex, String where) {
        Integer d = denseIndex.get(nodeIndex);
        if (d == null) {
            throw new IllegalArgumentException(where + ": node " + nodeIndex + " is not declared");
        }
        return d;
    }

    private static void checkHttpMethod(String httpMethod, String where) {
        if (httpMethod == null || httpMethod.isEmpty()) {
            throw new IllegalArgumentException(where + ": HTTP method is null or empty");
        }
    }
}
