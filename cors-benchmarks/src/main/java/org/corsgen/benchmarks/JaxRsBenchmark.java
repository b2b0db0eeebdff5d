package org.corsgen.benchmarks;

import java.util.concurrent.TimeUnit;

import org.corsgen.benchmarks.jaxrs.Competitors;
import org.corsgen.benchmarks.jaxrs.Exchange;
import org.corsgen.benchmarks.jaxrs.StubRequest;
import org.corsgen.benchmarks.jaxrs.StubResponse;
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
 * The JAX-RS rows: corsgen's generated filter, RESTEasy's {@code CorsFilter}, the no-op floor and the header
 * floor, each driven through the same stubs for one request (request phase + response phase, stub resets
 * included). One JVM per (competitor, scenario).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class JaxRsBenchmark {

    @Param({"NO_ORIGIN", "ALLOWED_GET", "PREFLIGHT", "DISALLOWED"})
    public Scenario scenario;

    private Competitors.Filters corsgen;
    private Competitors.Filters resteasy;
    private Competitors.Filters noop;
    private Competitors.Filters headerFloor;
    private Competitors.Filters readFloor;
    private StubRequest request;
    private StubResponse response;

    @Setup(Level.Trial)
    public void setUp() {
        corsgen = Competitors.CORSGEN.create(scenario);
        resteasy = Competitors.RESTEASY.create(scenario);
        noop = Competitors.NOOP.create(scenario);
        headerFloor = Competitors.HEADER_FLOOR.create(scenario);
        readFloor = Competitors.READ_FLOOR.create(scenario);
        request = scenario.request();
        response = new StubResponse();
    }

    @Benchmark
    public Object corsgen() {
        return Exchange.run(corsgen.request(), corsgen.response(), request, response);
    }

    @Benchmark
    public Object resteasy() {
        return Exchange.run(resteasy.request(), resteasy.response(), request, response);
    }

    @Benchmark
    public Object noop() {
        return Exchange.run(noop.request(), noop.response(), request, response);
    }

    @Benchmark
    public Object readFloor() {
        return Exchange.run(readFloor.request(), readFloor.response(), request, response);
    }

    @Benchmark
    public Object headerFloor() {
        return Exchange.run(headerFloor.request(), headerFloor.response(), request, response);
    }
}
