package org.corsgen.runtime.routing;

import java.util.ArrayList;
import java.util.List;

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
    /**
     * The value every path below this root resolves to, when they all resolve to equal values: no locators,
     * every method's value and both fallbacks non-null and equal (then what the table's {@link SharedValue}
     * makes of the methods' values, else the consumed fallback); {@code null} otherwise. Lets a lookup that
     * only needs an equal value stop at phase 1.
     */
    final P shared;
    /**
     * Whether a member is a root resource class that no corsgen module compiled ({@link RouteTable.Builder#foreignRoot}):
     * its methods are unknown, so any path it matches may run a method without a corsgen policy.
     */
    final boolean foreign;
    /** Whether the next root is as specific (a different R(T) with an equal sort key). */
    boolean tiedWithNext;

    RootRoute(PathTemplate template, ResourceSet<P> set, boolean anyWithChildren, P fallbackConsumed,
            P fallbackWithRemainder, boolean foreign, SharedValue<P> sharedValue) {
        this.template = template;
        this.set = set;
        this.anyWithChildren = anyWithChildren || foreign;
        this.fallbackConsumed = fallbackConsumed;
        this.fallbackWithRemainder = fallbackWithRemainder;
        this.foreign = foreign;
        this.shared = foreign ? null : shared(set, fallbackConsumed, fallbackWithRemainder, sharedValue);
    }

    private P shared(ResourceSet<P> set, P fallbackConsumed, P fallbackWithRemainder, SharedValue<P> sharedValue) {
        List<P> values = new ArrayList<>();
        if (set.resourceMethods != null) {
            set.resourceMethods.addValuesTo(values);
        }
        for (int i = 0; i < set.children.size(); i++) {
            ChildRoute<P> child = set.children.get(i);
            if (!child.isMethods()) {
                return null; // a locator: its paths may resolve elsewhere
            }
            child.methods.addValuesTo(values);
        }
        int methods = values.size();
        values.add(fallbackConsumed);
        values.add(fallbackWithRemainder);
        P first = values.get(0);
        for (P v : values) {
            if (v == null || !v.equals(first)) {
                return null;
            }
        }
        return methods == 0 ? first : sharedValue.of(List.copyOf(values.subList(0, methods)), template.source,
                set.children.isEmpty());
    }
}
