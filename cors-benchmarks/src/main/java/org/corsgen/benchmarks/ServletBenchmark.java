package org.corsgen.benchmarks;

import java.util.concurrent.TimeUnit;

import org.corsgen.benchmarks.servlet.CountingChain;
import org.corsgen.benchmarks.servlet.ServletCompetitors;
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
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The servlet rows: Spring's {@code DefaultCorsProcessor} and Tomcat's {@code CorsFilter} on spring-test's
 * mock request/response (request built once per trial, response reset per invocation), and the servlet floor.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class ServletBenchmark {

    @Param({"NO_ORIGIN", "ALLOWED_GET", "PREFLIGHT", "DISALLOWED"})
    public Scenario scenario;

    private ServletCompetitors.Handler spring;
    private ServletCompetitors.Handler tomcat;
    private ServletCompetitors.Handler noop;
    private MockHttpServletRequest request;
    private MockHttpServletResponse response;
    private CountingChain chain;

    @Setup(Level.Trial)
    public void setUp() {
        spring = ServletCompetitors.SPRING.create();
        tomcat = ServletCompetitors.TOMCAT.create();
        noop = ServletCompetitors.NOOP.create();
        request = ServletCompetitors.request(scenario);
        response = new MockHttpServletResponse();
        chain = new CountingChain();
    }

    @Benchmark
    public Object spring() {
        return ServletCompetitors.run(spring, request, response, chain);
    }

    @Benchmark
    public Object tomcat() {
        return ServletCompetitors.run(tomcat, request, response, chain);
    }

    @Benchmark
    public Object servletNoop() {
        return ServletCompetitors.run(noop, request, response, chain);
    }
}
