package org.corsgen.runtime.routing;

/**
 * A candidate of phase 1 of §3.7.2: all roots sharing one R(T).
 *
 * @param <P> the value type
 */
final class RootRoute<P> {

    /** The member template with the greatest sort key (all members match alike). */
    final PathTemplate template;
    /** The merged resource set of all member nodes. */
    final ResourceSet<P> set;
    /** Whether any member node has sub-resource methods or locators (else a remainder drops the route). */
    final boolean anyWithChildren;
    /** Fallback when the remainder is {@code ""} or {@code "/"}: that of the first member. */
    final P fallbackConsumed;
    /** Fallback with a longer remainder: that of the first member with sub-resource methods or locators. */
    final P fallbackWithRemainder;

    RootRoute(PathTemplate template, ResourceSet<P> set, boolean anyWithChildren, P fallbackConsumed,
            P fallbackWithRemainder) {
        this.template = template;
        this.set = set;
        this.anyWithChildren = anyWithChildren;
        this.fallbackConsumed = fallbackConsumed;
        this.fallbackWithRemainder = fallbackWithRemainder;
    }
}
