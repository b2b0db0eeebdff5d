package org.corsgen.runtime.routing;

/**
 * A candidate of phase 2 of §3.7.2 in a resource set: either all the sub-resource methods that share one
 * R(T), or the locators with that R(T), each resolved to the nodes of the classes it may return or opaque.
 *
 * @param <P> the value type
 */
final class ChildRoute<P> {

    private static final int[] NONE = new int[0];

    final PathTemplate template;
    /** Non-null for sub-resource methods. */
    final MethodSet<P> methods;
    /**
     * For locators: the indexes of the resource sets of the classes they may return (the declared return
     * types and their subclasses in the compilation); the first is followed without branching when it is the
     * only one.
     */
    final int[] targets;
    /** Whether a locator with this R(T) returns a class unknown at compile time. */
    final boolean opaque;
    /** For an opaque locator: the value for every path below it. */
    final P opaqueValue;
    /** Whether the next candidate of the set is as specific (a different R(T) with an equal sort key). */
    boolean tiedWithNext;

    private ChildRoute(PathTemplate template, MethodSet<P> methods, int[] targets, boolean opaque, P opaqueValue) {
        this.template = template;
        this.methods = methods;
        this.targets = targets;
        this.opaque = opaque;
        this.opaqueValue = opaqueValue;
    }

    static <P> ChildRoute<P> methods(PathTemplate template, MethodSet<P> methods) {
        return new ChildRoute<>(template, methods, NONE, false, null);
    }

    /**
     * @param targets the resource sets the locators may lead to (may be empty)
     * @param opaque whether one of them returns an unknown class, whose paths get {@code opaqueValue}
     */
    static <P> ChildRoute<P> locators(PathTemplate template, int[] targets, boolean opaque, P opaqueValue) {
        return new ChildRoute<>(template, null, targets, opaque, opaqueValue);
    }

    boolean isMethods() {
        return methods != null;
    }

    /** Whether following the locator needs no branching: one known class, nothing opaque. */
    boolean isSingleTarget() {
        return methods == null && !opaque && targets.length == 1;
    }
}
