package org.corsgen.runtime.routing;

/**
 * A candidate of phase 2 of §3.7.2 in a resource set: either all the sub-resource methods that share one
 * R(T), or the (first) locator with that R(T), resolved to a node or opaque.
 *
 * @param <P> the value type
 */
final class ChildRoute<P> {

    final PathTemplate template;
    /** Non-null for sub-resource methods. */
    final MethodSet<P> methods;
    /** For a locator with a known class: the index of the resource set of that class; otherwise -1. */
    final int target;
    /** For an opaque locator: the value for every path below it. */
    final P opaqueValue;

    private ChildRoute(PathTemplate template, MethodSet<P> methods, int target, P opaqueValue) {
        this.template = template;
        this.methods = methods;
        this.target = target;
        this.opaqueValue = opaqueValue;
    }

    static <P> ChildRoute<P> methods(PathTemplate template, MethodSet<P> methods) {
        return new ChildRoute<>(template, methods, -1, null);
    }

    static <P> ChildRoute<P> locator(PathTemplate template, int target) {
        return new ChildRoute<>(template, null, target, null);
    }

    static <P> ChildRoute<P> opaqueLocator(PathTemplate template, P value) {
        return new ChildRoute<>(template, null, -1, value);
    }

    boolean isMethods() {
        return methods != null;
    }

    boolean isOpaque() {
        return methods == null && target < 0;
    }
}
