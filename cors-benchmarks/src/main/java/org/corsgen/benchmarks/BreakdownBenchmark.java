package org.corsgen.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.corsgen.benchmarks.app.ItemResource;
import org.corsgen.benchmarks.jaxrs.StubRequest;
import org.corsgen.benchmarks.jaxrs.StubUriInfo;
import org.corsgen.runtime.CorsPolicy;
import org.corsgen.runtime.headers.RequestedHeaders;
import org.corsgen.runtime.routing.RouteTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where corsgen's time above the header floor goes: the building blocks of the request path, each alone,
 * on the same data as the {@code items} resource (the route table the processor writes for it, the policy).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class BreakdownBenchmark {

    private final CorsPolicy policy = CorsPolicy.builder()
            .origins(BenchPolicy.ORIGINS)
            .credentials(true)
            .methods("GET", "PUT")
            .allowedHeaders("Content-Type", "X-Req")
            .exposedHeaders("X-Total")
            .maxAge(600)
            .build();
    private final RouteTable<CorsPolicy> routes = itemsTable(policy);
    /** The policy of {@code TenantResource}: one exact origin and the pattern {@code https://*.tenants.example.com}. */
    private final CorsPolicy patternPolicy = CorsPolicy.builder()
            .origins("https://app.example.com", "https://*.tenants.example.com")
            .credentials(true)
            .methods("GET", "PUT")
            .build();
    private final String tenantOrigin = Scenario.PATTERN_GET.origin();
    private final StubRequest request = new StubRequest("OPTIONS", "items/42", "Origin", BenchPolicy.APP,
            "Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "content-type,x-req");
    private final List<String> requested = List.of("content-type,x-req");
    private final String path = "items/42";
    private final StubRequest get = Scenario.ALLOWED_GET.request();
    private final List<Object> matched = get.getUriInfo().getMatchedResources();
    private final String origin = BenchPolicy.APP;

    /** The table the processor generates for {@code ItemResource} (see AppCorsFilter). */
    static RouteTable<CorsPolicy> itemsTable(CorsPolicy p) {
        RouteTable.Builder<CorsPolicy> b = RouteTable.builder();
        b.node(0, p).method("", "GET", p).method("{id}", "GET", p).method("{id}", "PUT", p);
        b.root("items", 0, ItemResource.class.getName());
        return b.build();
    }

    /** What the engine does: any equal policy will do. */
    @Benchmark
    public CorsPolicy routeLookup() {
        return routes.lookupEqual(path, "PUT");
    }

    /** What debug mode does: the exact route, for its log lines. */
    @Benchmark
    public CorsPolicy routeLookupExact() {
        return routes.lookup(path, "PUT");
    }

    @Benchmark
    public CorsPolicy matchedClassPolicy() {
        return routes.forMatchedResource(matched.get(0).getClass());
    }

    /** As the engine asks RESTEasy (and the stubs of the table answer): its LinkedList itself. */
    @Benchmark
    public CorsPolicy matchedResourcePolicy() {
        List<Object> resources = get.getUriInfo().getMatchedResources();
        return resources.size() != 1 ? null : routes.forMatchedResource(resources.get(0).getClass());
    }

    /** As the engine asks Jersey: {@code getMatchedResources()} makes a read-only view of its LinkedList per call. */
    @Benchmark
    public CorsPolicy matchedResourcePolicyJersey() {
        List<Object> resources = ((StubUriInfo) get.getUriInfo()).jerseyMatchedResources();
        return resources.size() != 1 ? null : routes.forMatchedResource(resources.get(0).getClass());
    }

    @Benchmark
    public boolean originPattern() {
        return patternPolicy.allowsOrigin(tenantOrigin);
    }

    @Benchmark
    public boolean originAllowed() {
        return policy.allowsOrigin(origin);
    }

    @Benchmark
    public String requestedHeaders() {
        return RequestedHeaders.validate(requested, policy.allowedHeaders());
    }

    @Benchmark
    public String headerString() {
        return request.getHeaderString("Origin");
    }
}
