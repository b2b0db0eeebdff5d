package org.corsgen.runtime.routing;

/**
 * C′ of §3.7.2: the resource class(es) a matching step continues in. Either one node (reached through a
 * locator, or a root whose template no other root shares) or the nodes of all roots sharing the winning
 * root R(T), merged: their resource methods (template {@code ""}) and their sub-resource methods and
 * locators as phase-2 candidates.
 *
 * @param <P> the value type
 */
final class ResourceSet<P> {

    /** The resource methods without {@code @Path}, or {@code null} if there are none. */
    final MethodSet<P> resourceMethods;
    /** Sub-resource methods (grouped by R(T)) and locators, in phase-2 precedence. */
    final CandidateIndex<ChildRoute<P>> children;
    /** The value for a path that enters this set but resolves to no method (404). */
    final P fallback;

    ResourceSet(MethodSet<P> resourceMethods, CandidateIndex<ChildRoute<P>> children, P fallback) {
        this.resourceMethods = resourceMethods;
        this.children = children;
        this.fallback = fallback;
    }
}
