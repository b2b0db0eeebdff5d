package org.corsgen.runtime.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Finds the value (for the generated filter: the CORS policy) of the resource method that a Jakarta REST
 * 3.1 container will match for a request path and HTTP method, <em>before</em> the container matches it,
 * so that a pre-matching filter can answer preflights.
 *
 * <p>The table is a graph of resource nodes, built once at start-up from data the processor wrote. A node
 * is a resource class (as reached from a root {@code @Path} or through a sub-resource locator); it has
 * resource methods (template {@code ""}), sub-resource methods (template = the method's {@code @Path})
 * and sub-resource locators (template = the locator's {@code @Path}, leading to another node, possibly
 * forming a cycle).
 *
 * <p>Lookup follows Jakarta REST 3.1 §3.7.2 (root selection, sub-resource selection by the sort key
 * literal characters / template variables / variables with a regex, sub-resource methods before locators,
 * then the HTTP method with HEAD served by GET) as Jersey 3.1/4.0 implement it, on the encoded path as
 * {@code UriInfo.getPath(false)} returns it ({@code items/1} on Jersey, {@code /items/1} on RESTEasy): one
 * leading {@code /} is ignored, matrix parameters ({@code ;v=2}) are ignored in each segment, and a final
 * {@code /} is equivalent to none. Literal and plain {@code {param}} segments are matched without regex; a
 * template's own {@code {param: regex}} is compiled once, when the table is built.
 *
 * <p>Where the spec stops at the most specific matching template, Jersey goes on (its
 * {@code PathMatchingRouter}): a template whose methods match the whole path but do not serve the request's
 * method (HEAD counts as GET, OPTIONS is always served) is passed over for the next matching template of
 * the same step that serves it; only when a locator (or a root with sub-resources) matches first, or
 * nothing else matches, does the passed-over template answer (405). So with {@code @GET {id}} and
 * {@code @PUT {id: [0-9]+}}, {@code GET items/42} reaches the {@code GET} method, as it does on Jersey and
 * RESTEasy alike (measured by the differential routing test of {@code cors-tests}).
 *
 * <p>What a lookup returns:
 * <ol>
 *   <li>the path resolves to a method serving the HTTP method: that method's value;</li>
 *   <li>the path resolves to a set of methods without it (the container answers 405, or a plain OPTIONS):
 *       the value of the first method of that set, in registration order;</li>
 *   <li>the path enters a node but resolves to no method (the container answers 404): the node's
 *       fallback value (may be {@code null});</li>
 *   <li>no root matches: {@code null}.</li>
 * </ol>
 * Lookups never allocate on the common paths, never throw, and do bounded work for any input.
 *
 * <p>Details and choices where the spec or the implementations leave room:
 * <ul>
 *   <li>Matrix parameters are ignored, as Jersey and RESTEasy both do when they match.</li>
 *   <li>Template literals are percent-encoded as Jakarta REST does and compared with the encoded path, hex
 *       digits in either case (as Jersey; RESTEasy compares them case-sensitively); {@code %2F} is never a
 *       separator for a plain {@code {param}}. Unreserved characters the client chose to percent-encode
 *       ({@code %41} for {@code A}) are not decoded here: the container's normalization (RFC 3986 §6.2.2)
 *       is assumed to have done that, if it does.</li>
 *   <li>Jersey's result is followed where Jersey and RESTEasy differ: e.g. a root whose template leaves a
 *       remainder is skipped if its class has no sub-resources (RESTEasy answers 404 instead).</li>
 *   <li>When several roots share a template regex, their classes are merged; a 404 inside them returns the
 *       fallback of the first such root (with a remainder: of the first that has sub-resources).</li>
 *   <li>Locator chains, including cycles, are followed while they consume the path; a locator with an
 *       empty template consumes nothing, and more such steps in a row than there are nodes mean a cycle
 *       that never ends in the container: the current node's fallback is returned. So a lookup takes at
 *       most (path length + 2) &times; (nodes + 1) locator steps.</li>
 *   <li>A template with an explicit regex is matched with its own precompiled {@code Pattern}, which
 *       allocates a {@code Matcher}; a regex that overflows the stack on a huge path counts as no match.</li>
 * </ul>
 *
 * @param <P> the value attached to each method (immutable, shared)
 */
public final class RouteTable<P> {

    /** {@link #forMatchedResource}: the class is not a root resource class whose methods share one value. */
    private static final Object UNKNOWN = new Object();

    private final CandidateIndex<RootRoute<P>> roots;
    private final ResourceSet<P>[] nodes;
    /** By binary class name: the one value every method of that root resource class has. */
    private final Map<String, P> ownValues;
    /** {@link #ownValues} by {@code Class}, each class looked up by name once (no reflection per request). */
    private final ClassValue<Object> byClass = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
            P value = ownValues.get(type.getName());
            return value != null ? value : UNKNOWN;
        }
    };

    RouteTable(CandidateIndex<RootRoute<P>> roots, ResourceSet<P>[] nodes) {
        this(roots, nodes, Map.of());
    }

    private RouteTable(CandidateIndex<RootRoute<P>> roots, ResourceSet<P>[] nodes, Map<String, P> ownValues) {
        this.roots = roots;
        this.nodes = nodes;
        this.ownValues = ownValues;
    }

    private RouteTable<P> withOwnValues(Map<String, P> values) {
        return values.isEmpty() ? this : new RouteTable<>(roots, nodes, Map.copyOf(values));
    }

    /**
     * The value of a request the container has already matched, without matching the path again: when the
     * container's only matched resource (Jakarta REST {@code UriInfo.getMatchedResources()}, one element: a
     * root resource class, no locator involved) is an instance of a root resource class declared with
     * {@link Builder#root(String, int, String)} whose methods all have equal values, that value is the one
     * {@link #lookup} would return for any request the container sends to that class (a method of the
     * class, or its 405). For any other class (a proxy or subclass the container made, a class whose
     * methods differ, one declared without its name) the answer is {@code null}: call {@link #lookup}.
     *
     * @param type the class of the matched resource instance
     * @return the value, or {@code null} when this table cannot tell from the class alone
     */
    @SuppressWarnings("unchecked")
    public P forMatchedResource(Class<?> type) {
        Object value = byClass.get(type);
        return value == UNKNOWN ? null : (P) value;
    }

    /** @return a builder for a table whose nodes are numbered 0..n-1 */
    public static <P> Builder<P> builder() {
        return new Builder<>();
    }

    /**
     * @param path the encoded request path relative to the application ({@code UriInfo.getPath(false)})
     * @param httpMethod the request method, or for a preflight its {@code Access-Control-Request-Method}
     * @return the value as described in the class comment, or {@code null}
     */
    public P lookup(String path, String httpMethod) {
        return lookup(path, httpMethod, false);
    }

    /**
     * Like {@link #lookup}, for callers that only need a value <em>equal</em> to the one {@code lookup}
     * returns (the engine: policies compare equal whatever route they were named for): stops as soon as
     * the root class is chosen when every path below it resolves to equal values.
     *
     * @return a value equal to {@code lookup(path, httpMethod)}, or {@code null} when that is {@code null}
     */
    public P lookupEqual(String path, String httpMethod) {
        return lookup(path, httpMethod, true);
    }

    private P lookup(String path, String httpMethod, boolean equalIsEnough) {
        if (path == null) {
            return null;
        }
        String s = RequestPath.withoutMatrixParameters(path);

        // phase 1: roots in precedence order; resource methods that match but do not serve the method are
        // remembered and answer (405) only if no later root serves it before one with sub-resources matches
        // (the leading '/' is read from the path as given: Jersey's ";v=2/items" starts with an empty segment)
        int q = RequestPath.start(path);
        RootRoute<P> root = null;
        MethodSet<P> refused = null;
        int level = roots.deepest(s, q);
        for (int id = roots.next(level, -1); id >= 0; id = roots.next(level, id)) {
            RootRoute<P> candidate = roots.get(id);
            int next = candidate.template.matchAfterLeading(s, q);
            if (next < 0) {
                continue;
            }
            MethodSet<P> methods = candidate.set.resourceMethods;
            if (methods != null && RequestPath.consumed(s, next)) {
                if (methods.serves(httpMethod)) {
                    return methods.select(httpMethod);
                }
                if (refused == null) {
                    refused = methods;
                }
            }
            if (candidate.anyWithChildren) {
                if (refused != null) {
                    return refused.select(httpMethod);
                }
                if (equalIsEnough && candidate.shared != null) {
                    return candidate.shared; // phase 2 could only find a value equal to it
                }
                root = candidate;
                q = next;
                break;
            }
        }
        if (root == null) {
            return refused == null ? null : refused.select(httpMethod);
        }
        ResourceSet<P> set = root.set;
        P fallback = RequestPath.consumed(s, q) ? root.fallbackConsumed : root.fallbackWithRemainder;

        // phase 2, repeated through locators, with the same rule for sub-resource methods
        int stalled = 0;
        while (true) {
            if (RequestPath.consumed(s, q) && set.resourceMethods != null) {
                return set.resourceMethods.select(httpMethod);
            }
            CandidateIndex<ChildRoute<P>> children = set.children;
            if (children.isEmpty()) {
                return fallback;
            }
            ChildRoute<P> winner = null;
            int winnerNext = -1;
            refused = null;
            level = children.deepest(s, q);
            for (int id = children.next(level, -1); id >= 0; id = children.next(level, id)) {
                ChildRoute<P> candidate = children.get(id);
                int next = candidate.template.matchAfterLeading(s, q);
                if (next < 0) {
                    continue;
                }
                if (candidate.isMethods()) {
                    if (!RequestPath.consumed(s, next)) {
                        continue;
                    }
                    if (candidate.methods.serves(httpMethod)) {
                        return candidate.methods.select(httpMethod); // phase 3
                    }
                    if (refused == null) {
                        refused = candidate.methods;
                    }
                    continue;
                }
                if (refused != null) {
                    return refused.select(httpMethod);
                }
                winner = candidate;
                winnerNext = next;
                break;
            }
            if (winner == null) {
                return refused != null ? refused.select(httpMethod) : fallback;
            }
            if (winner.isOpaque()) {
                return winner.opaqueValue;
            }
            set = nodes[winner.target];
            fallback = set.fallback;
            if (winnerNext == q && ++stalled > nodes.length) {
                return fallback; // a cycle of locators that consume nothing
            } else if (winnerNext != q) {
                stalled = 0;
            }
            q = winnerNext;
        }
    }

    /**
     * Collects nodes and roots; {@link #build()} resolves node references, so nodes may be declared in any
     * order and may refer to each other in cycles.
     *
     * @param <P> the value type
     */
    public static final class Builder<P> {

        private final SortedMap<Integer, NodeDeclaration<P>> nodes = new TreeMap<>();
        private final List<RootDeclaration> roots = new ArrayList<>();
        private final Map<String, Integer> rootClasses = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Declares node {@code index}.
         *
         * @param fallback the value for paths that enter this node but match none of its methods, or {@code null}
         * @return the node's builder
         * @throws IllegalArgumentException if {@code index} is negative or already declared
         */
        public NodeBuilder<P> node(int index, P fallback) {
            if (index < 0) {
                throw new IllegalArgumentException("negative node index " + index);
            }
            NodeDeclaration<P> node = new NodeDeclaration<>(index, fallback);
            if (nodes.putIfAbsent(index, node) != null) {
                throw new IllegalArgumentException("node " + index + " is declared twice");
            }
            return new NodeBuilder<>(node);
        }

        /**
         * Adds a root resource class.
         *
         * @param template the class's {@code @Path} value as written (e.g. {@code "/items"}, {@code "items/{id}"})
         * @param node the node index of that class
         * @return this builder
         */
        public Builder<P> root(String template, int node) {
            roots.add(new RootDeclaration(template, node));
            return this;
        }

        /**
         * Adds a root resource class and names it, so that {@link RouteTable#forMatchedResource} can answer
         * for it when its methods share one value.
         *
         * @param template the class's {@code @Path} value as written
         * @param node the node index of that class
         * @param binaryName the class's binary name, as {@code Class.getName()} returns it
         * @return this builder
         */
        public Builder<P> root(String template, int node, String binaryName) {
            root(template, node);
            if (binaryName != null) {
                rootClasses.put(binaryName, node);
            }
            return this;
        }

        /**
         * @return the table
         * @throws IllegalArgumentException for an undeclared node index or a malformed template
         *     (unbalanced braces, a variable regex that does not compile), or a null or empty HTTP method
         */
        public RouteTable<P> build() {
            RouteTable<P> table = TableCompiler.compile(nodes, roots);
            Map<String, P> own = new HashMap<>();
            rootClasses.forEach((name, index) -> {
                P value = sharedMethodValue(nodes.get(index));
                if (value != null) {
                    own.put(name, value);
                }
            });
            return table.withOwnValues(own);
        }

        /**
         * @return the value all methods of the node have (equal by {@code equals}: the first one), or
         *     {@code null} if the node has no methods, a method without a value or methods whose values differ
         */
        private static <P> P sharedMethodValue(NodeDeclaration<P> node) {
            P first = null;
            for (NodeDeclaration.Member<P> m : node.members) {
                if (m.kind != NodeDeclaration.Kind.METHOD) {
                    continue; // a locator's paths never have this class as the only matched resource
                }
                if (m.value == null || first != null && !first.equals(m.value)) {
                    return null;
                }
                if (first == null) {
                    first = m.value;
                }
            }
            return first;
        }
    }

    /**
     * Adds the methods and locators of one node, in source order.
     *
     * @param <P> the value type
     */
    public static final class NodeBuilder<P> {

        private final NodeDeclaration<P> node;

        private NodeBuilder(NodeDeclaration<P> node) {
            this.node = node;
        }

        /**
         * @param template the method's {@code @Path} as written, or {@code ""} for a resource method without one
         * @param httpMethod the method's designator ({@code "GET"}, or a custom {@code @HttpMethod} value)
         * @param value the value for this method
         * @return this node builder
         */
        public NodeBuilder<P> method(String template, String httpMethod, P value) {
            node.members.add(new NodeDeclaration.Member<>(NodeDeclaration.Kind.METHOD, template, httpMethod, value, -1));
            return this;
        }

        /**
         * @param template the locator's {@code @Path} as written
         * @param targetNode the node of the class the locator returns
         * @return this node builder
         */
        public NodeBuilder<P> locator(String template, int targetNode) {
            node.members.add(new NodeDeclaration.Member<>(NodeDeclaration.Kind.LOCATOR, template, null, null,
                    targetNode));
            return this;
        }

        /**
         * A locator whose returned class is not known at compile time: every path below it gets {@code value}.
         *
         * @param template the locator's {@code @Path} as written
         * @param value the value for every path below the locator (may be {@code null})
         * @return this node builder
         */
        public NodeBuilder<P> opaqueLocator(String template, P value) {
            node.members.add(new NodeDeclaration.Member<>(NodeDeclaration.Kind.OPAQUE_LOCATOR, template, null, value,
                    -1));
            return this;
        }
    }
}
