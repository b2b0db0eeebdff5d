package org.corsgen.benchmarks.ab;

import java.util.function.IntFunction;

import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;

import org.corsgen.benchmarks.Scenario;
import org.corsgen.benchmarks.jaxrs.Competitors;
import org.corsgen.benchmarks.jaxrs.Exchange;
import org.corsgen.benchmarks.jaxrs.StubRequest;
import org.corsgen.benchmarks.jaxrs.StubResponse;

/**
 * One (competitor, scenario) row of the JAX-RS table as a loop, loaded by {@link CpuTimeAB} into the class
 * loader of each benchmark jar: it uses only what every version of the harness has ({@code Competitors},
 * {@code Scenario}, {@code Exchange} and the stubs), so the same bytes drive the code of each version. Works
 * as the rows of {@code JaxRsBenchmark} do: one request and response built once, reset per call.
 */
public final class AbDriver implements IntFunction<Object> {

    private final ContainerRequestFilter requestFilter;
    private final ContainerResponseFilter responseFilter;
    private final StubRequest request;
    private final StubResponse response;

    /**
     * @param spec {@code COMPETITOR/SCENARIO}, e.g. {@code CORSGEN/ALLOWED_GET}
     */
    public AbDriver(String spec) {
        String[] parts = spec.split("/");
        Competitors.init();
        Scenario scenario = Scenario.valueOf(parts[1]);
        Competitors.Filters filters = Competitors.valueOf(parts[0]).create(scenario);
        requestFilter = filters.request();
        responseFilter = filters.response();
        request = scenario.request();
        response = new StubResponse();
    }

    /** Runs {@code n} requests; returns the last answer (so the loop cannot be removed). */
    @Override
    public Object apply(int n) {
        Object last = null;
        for (int i = 0; i < n; i++) {
            last = Exchange.run(requestFilter, responseFilter, request, response);
        }
        return last;
    }
}
