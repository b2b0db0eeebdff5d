package org.corsgen.runtime.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

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

    private TableCompiler(SortedMap<Integer, NodeDeclaration<P>> declarations) {
        this.declarations = declarations;
    }

    /**
     * @throws IllegalArgumentException for an undeclared node, a malformed template or a bad method name
     */
    static <P> RouteTable<P> compile(SortedMap<Integer, NodeDeclaration<P>> declarations,
            List<RootDeclaration> roots) {
        return new TableCompiler<>(declarations).compile(roots);
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
        for (RootDeclaration root : roots) {
            PathTemplate template = template(root.template(), "root");
            NodeDeclaration<P> node = nodes.get(dense(root.node(), "root \"" + root.template() + "\""));
            templatesByKey.computeIfAbsent(template.key, k -> new ArrayList<>()).add(template);
            List<NodeDeclaration<P>> members = nodesByKey.computeIfAbsent(template.key, k -> new ArrayList<>());
            if (!members.contains(node)) {
                members.add(node);
            }
        }
        List<RootRoute<P>> rootRoutes = new ArrayList<>();
        for (Map.Entry<String, List<NodeDeclaration<P>>> e : nodesByKey.entrySet()) {
            List<NodeDeclaration<P>> members = e.getValue();
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
                    firstWithChildren == null ? null : firstWithChildren.fallback));
        }
        rootRoutes.sort(Comparator.<RootRoute<P>, PathTemplate>comparing(r -> r.template, PathTemplate.SPECIFICITY)
                .thenComparing(r -> r.template.key));
        List<String[]> leading = new ArrayList<>();
        for (RootRoute<P> r : rootRoutes) {
            leading.add(r.template.leadingSegments);
        }
        return new RouteTable<>(new CandidateIndex<>(rootRoutes, leading), sets);
    }

    /** The resource set of the given nodes (one node, or the members of a root group), merged in order. */
    private ResourceSet<P> resourceSet(List<NodeDeclaration<P>> nodes) {
        List<String> resourceHttpMethods = new ArrayList<>();
        List<P> resourceValues = new ArrayList<>();
        Map<String, List<PathTemplate>> methodTemplates = new LinkedHashMap<>();
        Map<String, List<String>> methodHttpMethods = new LinkedHashMap<>();
        Map<String, List<P>> methodValues = new LinkedHashMap<>();
        Map<String, ChildRoute<P>> locators = new LinkedHashMap<>();
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
                        int target = dense(m.targetNode, where);
                        locators.putIfAbsent(template.key, ChildRoute.locator(template, target));
                        break;
                    default:
                        locators.putIfAbsent(template.key, ChildRoute.opaqueLocator(template, m.value));
                        break;
                }
            }
        }
        List<ChildRoute<P>> children = new ArrayList<>();
        for (String key : methodTemplates.keySet()) {
            children.add(ChildRoute.methods(mostSpecific(methodTemplates.get(key)),
                    new MethodSet<>(methodHttpMethods.get(key), methodValues.get(key))));
        }
        children.addAll(locators.values());
        children.sort(Comparator.<ChildRoute<P>, PathTemplate>comparing(c -> c.template, PathTemplate.SPECIFICITY)
                .thenComparing(c -> c.isMethods() ? 0 : 1)
                .thenComparing(c -> c.template.key));
        List<String[]> leading = new ArrayList<>();
        for (ChildRoute<P> c : children) {
            leading.add(c.template.leadingSegments);
        }
        MethodSet<P> resourceMethods = resourceHttpMethods.isEmpty()
                ? null
                : new MethodSet<>(resourceHttpMethods, resourceValues);
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
