package org.corsgen.runtime.routing;

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
 * then the HTTP method with HEAD served by GET), on the encoded path as {@code UriInfo.getPath(false)}
 * returns it ({@code items/1} on Jersey, {@code /items/1} on RESTEasy): one leading {@code /} is ignored,
 * matrix parameters ({@code ;v=2}) are ignored in each segment, and a final {@code /} is equivalent to
 * none. Literal and plain {@code {param}} segments are matched without regex; a template's own
 * {@code {param: regex}} is compiled once, when the table is built.
 *
 * <p>What a lookup returns:
 * <ol>
 *   <li>the path resolves to a set of methods that contains the HTTP method: that method's value;</li>
 *   <li>the path resolves to a set of methods without it (the container answers 405, or a plain OPTIONS):
 *       the value of the first method of that set, in registration order;</li>
 *   <li>the path enters a node but resolves to no method (the container answers 404): the node's
 *       fallback value (may be {@code null});</li>
 *   <li>no root matches: {@code null}.</li>
 * </ol>
 * Lookups never allocate on the common paths, never throw, and do bounded work for any input.
 *
 * @param <P> the value attached to each method (immutable, shared)
 */
public final class RouteTable<P> {

    /** @return a builder for a table whose nodes are numbered 0..n-1 */
    public static <P> Builder<P> builder() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * @param path the encoded request path relative to the application ({@code UriInfo.getPath(false)})
     * @param httpMethod the request method, or for a preflight its {@code Access-Control-Request-Method}
     * @return the value as described in the class comment, or {@code null}
     */
    public P lookup(String path, String httpMethod) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Collects nodes and roots; {@link #build()} resolves node references, so nodes may be declared in any
     * order and may refer to each other in cycles.
     *
     * @param <P> the value type
     */
    public static final class Builder<P> {

        /**
         * Declares node {@code index}.
         *
         * @param fallback the value for paths that enter this node but match none of its methods, or {@code null}
         * @return the node's builder
         */
        public NodeBuilder<P> node(int index, P fallback) {
            throw new UnsupportedOperationException("not yet implemented");
        }

        /**
         * Adds a root resource class.
         *
         * @param template the class's {@code @Path} value as written (e.g. {@code "/items"}, {@code "items/{id}"})
         * @param node the node index of that class
         * @return this builder
         */
        public Builder<P> root(String template, int node) {
            throw new UnsupportedOperationException("not yet implemented");
        }

        /**
         * @return the table
         * @throws IllegalArgumentException for an undeclared node index or a malformed template
         *     (unbalanced braces, a variable regex that does not compile)
         */
        public RouteTable<P> build() {
            throw new UnsupportedOperationException("not yet implemented");
        }
    }

    /**
     * Adds the methods and locators of one node, in source order.
     *
     * @param <P> the value type
     */
    public static final class NodeBuilder<P> {

        /**
         * @param template the method's {@code @Path} as written, or {@code ""} for a resource method without one
         * @param httpMethod the method's designator ({@code "GET"}, or a custom {@code @HttpMethod} value)
         * @param value the value for this method
         * @return this node builder
         */
        public NodeBuilder<P> method(String template, String httpMethod, P value) {
            throw new UnsupportedOperationException("not yet implemented");
        }

        /**
         * @param template the locator's {@code @Path} as written
         * @param targetNode the node of the class the locator returns
         * @return this node builder
         */
        public NodeBuilder<P> locator(String template, int targetNode) {
            throw new UnsupportedOperationException("not yet implemented");
        }

        /**
         * A locator whose returned class is not known at compile time: every path below it gets {@code value}.
         *
         * @param template the locator's {@code @Path} as written
         * @param value the value for every path below the locator (may be {@code null})
         * @return this node builder
         */
        public NodeBuilder<P> opaqueLocator(String template, P value) {
            throw new UnsupportedOperationException("not yet implemented");
        }
    }
}
