package org.corsgen.runtime.routing;

import java.util.List;

/**
 * What {@link RouteTable#lookupEqual} answers for a root every path below which resolves to equal values
 * (it stops there instead of finding the exact method): a value equal to all of them, which may say that it
 * stands for all (the engine's policies name "every route of the root" then, for log lines).
 *
 * @param <P> the value type
 */
@FunctionalInterface
public interface SharedValue<P> {

    /**
     * @param methodValues the values of the root's methods, in registration order, all equal (at least one)
     * @param rootTemplate the root's {@code @Path} as written (of the most specific, where several share it)
     * @param resourceMethodsOnly whether the root has only resource methods (no sub-resource methods), so every
     *     path it matches reaches one of them (none ends in the root's fallback)
     * @return a value equal to them
     */
    P of(List<P> methodValues, String rootTemplate, boolean resourceMethodsOnly);

    /** @return the choice that takes the first method's value */
    static <P> SharedValue<P> first() {
        return (values, template, resourceMethodsOnly) -> values.get(0);
    }
}
