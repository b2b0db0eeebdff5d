package org.corsgen.runtime;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.corsgen.runtime.routing.RouteTable;
import org.corsgen.runtime.routing.RouteTableText;

/**
 * What one compiled module contributes to the application's CORS decision: its policies (origins already
 * resolved and checked at start-up) and its routes as text ({@link RouteTableText}: the nodes, locators and
 * roots of its resource classes, and a {@code handler} line per resource method). Built once, in the class
 * initialisation of the generated {@code <Name>CorsFilter}, by {@link CorsStartup#module}; the generated
 * {@code <Name>CorsFeature} hands it to {@link CorsFilter#register}, which decides for all modules at once.
 */
public final class CorsModule {

    private final String name;
    private final CorsPolicy[] policies;
    private final String[] table;
    /** The binary names of the module's root resource classes and of every class with resource methods. */
    private final Set<String> classes;

    CorsModule(String name, CorsPolicy[] policies, String[] table) {
        this.name = name;
        this.policies = policies.clone();
        this.table = table.clone();
        // the class names alone (a policy is null here when its origins failed at start-up: finish throws then)
        Set<String> names = new HashSet<>();
        RouteTable.Builder<CorsPolicy> builder = RouteTable.builder(CorsPolicy::narrowest);
        RouteTableText.parseInto(builder, 0, (k, label) -> null,
                (key, k, label) -> names.add(key.substring(0, key.indexOf('#'))), table);
        names.addAll(builder.build().rootClasses());
        this.classes = Set.copyOf(names);
    }

    /** @return the binary names of the module's root resource classes and of its classes with resource methods */
    Set<String> classes() {
        return classes;
    }

    /** @return the generated class that holds the module, e.g. {@code com.example.api.ApiCorsFilter} */
    public String name() {
        return name;
    }

    /**
     * Adds this module's routes to an application-wide table, its nodes numbered from {@code nodeOffset}.
     *
     * @return one more than the greatest node index used
     */
    int addTo(RouteTable.Builder<CorsPolicy> builder, int nodeOffset, MatchedMethods.Builder handlers) {
        return RouteTableText.parseInto(builder, nodeOffset, this::policy,
                (key, k, label) -> handlers.add(key, k < 0 ? null : policy(k, label)), table);
    }

    /**
     * @return this module's routes alone, as a table (for tools and tests: the application's filter builds one
     *     table of every module's routes)
     */
    public RouteTable<CorsPolicy> routes() {
        RouteTable.Builder<CorsPolicy> builder = RouteTable.builder(CorsPolicy::narrowest);
        addTo(builder, 0, new MatchedMethods.Builder());
        return builder.build();
    }

    private CorsPolicy policy(int k, String label) {
        if (k >= policies.length) {
            throw new IllegalArgumentException("policy P" + k + " of route " + label + " does not exist ("
                    + policies.length + " policies in " + name + ")");
        }
        return policies[k].forRoute(label);
    }

    List<CorsPolicy> policies() {
        return List.of(policies);
    }

    @Override
    public String toString() {
        return name;
    }
}
