package org.corsgen.runtime;

import java.lang.reflect.Method;

import org.corsgen.runtime.routing.RouteTable;

/**
 * The benchmarks' window on {@link MatchedMethods} (package-private in cors-runtime; this class lives in the
 * benchmarks module, in the same package, so that {@code BreakdownBenchmark} measures the very class the
 * engine uses rather than a copy of it). Built as {@link CorsEngine#combine} builds it, from the modules'
 * {@code handler} lines. Nothing of cors-runtime is changed or replaced.
 */
public final class MatchedMethodsProbe {

    private final MatchedMethods methods;

    private MatchedMethodsProbe(MatchedMethods methods) {
        this.methods = methods;
    }

    /** @return the lookup the application's engine would have for these modules */
    public static MatchedMethodsProbe of(CorsModule... modules) {
        RouteTable.Builder<CorsPolicy> table = RouteTable.builder(CorsPolicy::narrowest);
        MatchedMethods.Builder handlers = new MatchedMethods.Builder();
        int nodes = 0;
        for (CorsModule module : modules) {
            nodes = module.addTo(table, nodes, handlers);
        }
        return new MatchedMethodsProbe(handlers.build());
    }

    /**
     * @return {@code MatchedMethods.policyOf}: the policy of the matched method ({@code ResourceInfo}'s class
     *     and method), or {@code null}
     */
    public CorsPolicy policyOf(Class<?> resourceClass, Method method) {
        return methods.policyOf(resourceClass, method);
    }
}
