package org.corsgen.benchmarks;

import java.util.concurrent.TimeUnit;

import org.corsgen.benchmarks.jaxrs.Competitors;
import org.corsgen.benchmarks.jaxrs.Exchange;
import org.corsgen.benchmarks.jaxrs.StubRequest;
import org.corsgen.benchmarks.jaxrs.StubResourceInfo;
import org.corsgen.benchmarks.jaxrs.StubResponse;
import org.corsgen.benchmarks.scale.GeneratedApp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How corsgen's cost grows with the application: a preflight (and an allowed GET) on generated applications
 * of 10 to 10,000 resource classes, and on policies of 1 to 1,000 origins. Each application is compiled by
 * javac with the processor at set-up ({@link GeneratedApp}); its module drives {@code CorsFilter}, whose
 * {@code ResourceInfo} reports the method the container matched (for the allowed GET) or nothing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ScalingBenchmark {

    /** Applications of 10 .. 10,000 resource classes, the policy of 2 origins; the request targets the last one. */
    @State(Scope.Thread)
    public static class Routes {
        @Param({"10", "100", "1000", "10000"})
        public int routes;

        /** Nothing matched: the preflight (answered before matching). */
        Competitors.Filters filter;
        /** The container matched {@code R<last>.get(String)}: the policy of that method. */
        Competitors.Filters matchedFilter;
        StubRequest preflight;
        /** The GET as the container hands it over after matching. */
        StubRequest get;
        /**
         * The same GET with nothing matched (a 404 or 405 answer; through {@link #filter}, whose
         * {@code ResourceInfo} reports no method): the policy comes from the route table.
         */
        StubRequest unmatched;
        StubResponse response;

        @Setup(Level.Trial)
        public void setUp() {
            Competitors.init();
            GeneratedApp.App app = GeneratedApp.app(routes, 2);
            filter = Competitors.corsgen(StubResourceInfo.NOTHING, app.module());
            matchedFilter = Competitors.corsgen(app.lastResourceGet(), app.module());
            String path = GeneratedApp.lastResourcePath(routes);
            preflight = new StubRequest("OPTIONS", path, "Origin", GeneratedApp.ALLOWED_ORIGIN,
                    "Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "content-type,x-req");
            get = new StubRequest("GET", path, "Origin", GeneratedApp.ALLOWED_ORIGIN);
            unmatched = new StubRequest("GET", path, "Origin", GeneratedApp.ALLOWED_ORIGIN);
            response = new StubResponse();
        }
    }

    /** Policies of 1, 50 and 1,000 origins on an application of 10 resource classes. */
    @State(Scope.Thread)
    public static class Origins {
        @Param({"1", "50", "1000"})
        public int origins;

        Competitors.Filters filter;
        Competitors.Filters matchedFilter;
        StubRequest preflight;
        StubRequest get;
        StubResponse response;

        @Setup(Level.Trial)
        public void setUp() {
            Competitors.init();
            GeneratedApp.App app = GeneratedApp.app(10, origins);
            filter = Competitors.corsgen(StubResourceInfo.NOTHING, app.module());
            matchedFilter = Competitors.corsgen(app.lastResourceGet(), app.module());
            String path = GeneratedApp.lastResourcePath(10);
            preflight = new StubRequest("OPTIONS", path, "Origin", GeneratedApp.ALLOWED_ORIGIN,
                    "Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "content-type,x-req");
            get = new StubRequest("GET", path, "Origin", GeneratedApp.ALLOWED_ORIGIN);
            response = new StubResponse();
        }
    }

    @Benchmark
    public Object routesPreflight(Routes s) {
        return Exchange.run(s.filter.request(), s.filter.response(), s.preflight, s.response);
    }

    @Benchmark
    public Object routesAllowedGet(Routes s) {
        return Exchange.run(s.matchedFilter.request(), s.matchedFilter.response(), s.get, s.response);
    }

    @Benchmark
    public Object routesUnmatchedGet(Routes s) {
        return Exchange.run(s.filter.request(), s.filter.response(), s.unmatched, s.response);
    }

    @Benchmark
    public Object originsPreflight(Origins s) {
        return Exchange.run(s.filter.request(), s.filter.response(), s.preflight, s.response);
    }

    @Benchmark
    public Object originsAllowedGet(Origins s) {
        return Exchange.run(s.matchedFilter.request(), s.matchedFilter.response(), s.get, s.response);
    }
}
