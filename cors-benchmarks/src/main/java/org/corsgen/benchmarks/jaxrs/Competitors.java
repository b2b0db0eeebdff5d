package org.corsgen.benchmarks.jaxrs;

import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.RuntimeDelegate;

import org.corsgen.benchmarks.BenchPolicy;
import org.corsgen.benchmarks.Scenario;
import org.corsgen.benchmarks.app.AppCorsFilter;
import org.jboss.resteasy.plugins.interceptors.CorsFilter;
import org.jboss.resteasy.spi.ResteasyProviderFactory;

/** The JAX-RS filters of the benchmark table, configured with {@link BenchPolicy}. */
public enum Competitors {
    /**
     * corsgen's filter ({@code org.corsgen.runtime.CorsFilter}) with this module's generated
     * {@code AppCorsFilter.MODULE}, its {@code ResourceInfo} reporting what the container matched for the
     * scenario ({@link Scenario#matched()}).
     */
    CORSGEN,
    /** RESTEasy's {@code org.jboss.resteasy.plugins.interceptors.CorsFilter}. */
    RESTEASY,
    /** The floor: a filter that does nothing. */
    NOOP,
    /** The header floor of the scenario ({@link HeaderFloor}). */
    HEADER_FLOOR,
    /** The read floor of the scenario: the header floor plus the reads any correct filter needs ({@link HeaderFloor#readFloor}). */
    READ_FLOOR;

    static {
        // One JAX-RS implementation builds every Response here (the class path also has Jersey, for the
        // end-to-end run): RESTEasy's, the container of the RESTEasy CorsFilter.
        RuntimeDelegate.setInstance(ResteasyProviderFactory.getInstance());
    }

    /** A filter object seen as its two halves. */
    public record Filters(ContainerRequestFilter request, ContainerResponseFilter response) {
        public static Filters of(Object filter) {
            return new Filters((ContainerRequestFilter) filter, (ContainerResponseFilter) filter);
        }
    }

    /** @return a new instance of this competitor for {@code scenario} (only the header floor depends on it) */
    public Filters create(Scenario scenario) {
        switch (this) {
            case CORSGEN:
                return corsgen(scenario.matched(), AppCorsFilter.MODULE);
            case RESTEASY:
                return Filters.of(resteasyFilter());
            case NOOP:
                return Filters.of(new NoOpFilter());
            case READ_FLOOR:
                return Filters.of(HeaderFloor.readFloor(scenario));
            default:
                return Filters.of(HeaderFloor.of(scenario));
        }
    }

    /**
     * @param matched what the container matched, as the filter's {@code ResourceInfo} reports it
     * @param module the generated module
     * @return corsgen's filter for the module, as a container without injection gets it
     *     ({@code CorsFilter.of}, debug mode off)
     */
    public static Filters corsgen(StubResourceInfo matched, org.corsgen.runtime.CorsModule module) {
        return Filters.of(org.corsgen.runtime.CorsFilter.of(matched, false, module));
    }

    /** Makes sure the JAX-RS implementation is chosen (the class initialiser) before any Response is built. */
    public static void init() {
        // the static initialiser did it
    }

    /** @return RESTEasy's {@code CorsFilter}, configured with the benchmark policy */
    public static CorsFilter resteasyFilter() {
        CorsFilter filter = new CorsFilter();
        filter.getAllowedOrigins().addAll(BenchPolicy.ORIGINS);
        filter.setAllowCredentials(BenchPolicy.CREDENTIALS);
        filter.setAllowedMethods(String.join(",", BenchPolicy.METHODS));
        filter.setAllowedHeaders(String.join(",", BenchPolicy.ALLOWED_HEADERS));
        filter.setExposedHeaders(String.join(",", BenchPolicy.EXPOSED_HEADERS));
        filter.setCorsMaxAge(BenchPolicy.MAX_AGE);
        return filter;
    }
}
