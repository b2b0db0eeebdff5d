package org.corsgen.benchmarks;

import java.util.concurrent.TimeUnit;

import org.corsgen.benchmarks.jaxrs.Competitors;
import org.corsgen.benchmarks.jaxrs.Exchange;
import org.corsgen.benchmarks.jaxrs.StubRequest;
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
 * javac with the processor at set-up ({@link GeneratedApp}).
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

        Competitors.Filters filter;
        StubRequest preflight;
        /** The GET as the container hands it over after matching (the policy comes from the matched class). */
        StubRequest get;
        /** The same GET with nothing matched (a 404 or 405 answer): the policy comes from the route table. */
        StubRequest unmatched;
        StubResponse response;

        @Setup(Level.Trial)
        public void setUp() {
            Competitors.init();
            Object generated = GeneratedApp.filter(routes, 2);
            filter = Competitors.Filters.of(generated);
            String path = GeneratedApp.lastResourcePath(routes);
            preflight = new StubRequest("OPTIONS", path, "Origin", GeneratedApp.ALLOWED_ORIGIN,
                    "Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "content-type,x-req");
            get = new StubRequest("GET", path, "Origin", GeneratedApp.ALLOWED_ORIGIN)
                    .matched(GeneratedApp.lastResource(generated, routes));
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
        StubRequest preflight;
        StubRequest get;
        StubResponse response;

        @Setup(Level.Trial)
        public void setUp() {
            Competitors.init();
            Object generated = GeneratedApp.filter(10, origins);
            filter = Competitors.Filters.of(generated);
            String path = GeneratedApp.lastResourcePath(10);
            preflight = new StubRequest("OPTIONS", path, "Origin", GeneratedApp.ALLOWED_ORIGIN,
                    "Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "content-type,x-req");
            get = new StubRequest("GET", path, "Origin", GeneratedApp.ALLOWED_ORIGIN)
                    .matched(GeneratedApp.lastResource(generated, 10));
            response = new StubResponse();
        }
    }

    @Benchmark
    public Object routesPreflight(Routes s) {
        return Exchange.run(s.filter.request(), s.filter.response(), s.preflight, s.response);
    }

    @Benchmark
    public Object routesAllowedGet(Routes s) {
        return Exchange.run(s.filter.request(), s.filter.response(), s.get, s.response);
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
        return Exchange.run(s.filter.request(), s.filter.response(), s.get, s.response);
    }
}
