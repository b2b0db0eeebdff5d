package org.corsgen.benchmarks;

import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.container.ResourceInfo;

import org.corsgen.benchmarks.app.AppCorsFilter;
import org.corsgen.benchmarks.app.ItemResource;
import org.corsgen.benchmarks.jaxrs.JerseyResourceInfo;
import org.corsgen.benchmarks.jaxrs.ResteasyResourceInfo;
import org.corsgen.benchmarks.jaxrs.StubRequest;
import org.corsgen.benchmarks.jaxrs.StubResourceInfo;
import org.corsgen.runtime.CorsPolicy;
import org.corsgen.runtime.MatchedMethodsProbe;
import org.corsgen.runtime.headers.RequestedHeaders;
import org.corsgen.runtime.routing.RouteTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Where corsgen's time above the header floor goes: the building blocks of the request path, each alone,
 * on the same data as the {@code items} resource (the route table the processor writes for it, the policy,
 * the generated module's resource methods).
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
    private final String origin = BenchPolicy.APP;

    /** The policies of the generated module's resource methods, as the engine holds them. */
    private final MatchedMethodsProbe methods = MatchedMethodsProbe.of(AppCorsFilter.MODULE);
    /** What the container matched for {@code GET items/42}, as the stubs of the table report it. */
    private final StubResourceInfo matched = Scenario.ALLOWED_GET.matched();
    private final Method itemsGet = matched.getResourceMethod();
    /** Jersey's injected {@code ResourceInfo} proxy in a real Jersey application (set up per trial). */
    private JerseyResourceInfo jersey;
    /** RESTEasy's proxy for a {@code @Context ResourceInfo} of a singleton provider, the stub behind it. */
    private ResourceInfo resteasy;

    /** Reads through Jersey's proxy per invocation of {@link #resourceInfoPolicyJersey}, in one request scope. */
    static final int JERSEY_READS = 100;

    @Setup(Level.Trial)
    public void setUp() {
        jersey = JerseyResourceInfo.start();
        resteasy = ResteasyResourceInfo.proxy(matched);
        CorsPolicy expected = methods.policyOf(ItemResource.class, itemsGet);
        if (expected == null || policyFrom(resteasy) != expected || policyFrom(jersey.routing()) != expected
                || jersey.inScope(() -> policyFrom(jersey.injected())) != expected) {
            throw new IllegalStateException("no policy, or not the same, for " + itemsGet);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        ResteasyResourceInfo.release();
    }

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

    /** The exact route, for comparison (debug mode took it for its log lines until the engine decided once). */
    @Benchmark
    public CorsPolicy routeLookupExact() {
        return routes.lookup(path, "PUT");
    }

    /** What a request the container matched to no method pays (a 404, a 405, an aborted request). */
    @Benchmark
    public CorsPolicy unmatchedLookup() {
        return routes.lookupUnmatched(path, "GET");
    }

    /** The policy of the matched method: {@code MatchedMethods} alone (a {@code ClassValue}, then a map by {@code Method}). */
    @Benchmark
    public CorsPolicy matchedMethodPolicy() {
        return methods.policyOf(ItemResource.class, itemsGet);
    }

    /**
     * The same from {@code ResourceInfo} as the engine reads it, through the table's stub (stored fields, as the
     * objects behind RESTEasy's and Jersey's {@code ResourceInfo} answer): what the actual requests above pay.
     */
    @Benchmark
    public CorsPolicy resourceInfoPolicy() {
        return policyFrom(matched);
    }

    /**
     * The same through Jersey's real injected {@code ResourceInfo} (a request-scoped proxy, in the scope of a
     * request that ran {@code ItemResource.get}): {@value #JERSEY_READS} reads per scope entry, so the entry
     * itself, which a container pays once per request anyway, adds about 1 % of one entry per read. These are
     * reads once the request's instance exists: in a server, the first read in each request also has HK2
     * create that instance (a per-lookup supplier, built by reflection with its dependencies resolved), which
     * this row does not contain; {@code CpuRun} measures it end to end (2–3 µs per request on the
     * machine of results/issue-11).
     */
    @Benchmark
    @OperationsPerInvocation(JERSEY_READS)
    public void resourceInfoPolicyJersey(Blackhole bh) {
        ResourceInfo proxy = jersey.injected();
        jersey.inScope(() -> {
            for (int i = 0; i < JERSEY_READS; i++) {
                bh.consume(policyFrom(proxy));
            }
            return null;
        });
    }

    /**
     * The same through RESTEasy's proxy ({@code ContextParameterInjector}'s, what RESTEasy injects into a
     * singleton provider's {@code @Context ResourceInfo}): per call a look-up of the request's context data and
     * a reflective call of the object behind it, here the stub (RESTEasy's own returns the fields of its
     * {@code ResourceMethodInvoker}).
     */
    @Benchmark
    public CorsPolicy resourceInfoPolicyResteasy() {
        return policyFrom(resteasy);
    }

    /**
     * The same from the object Jersey's proxy finds, read through the request instead: Jersey's
     * {@code request.getUriInfo()} is its {@code UriRoutingContext}, a {@code ResourceInfo} too (stored fields).
     * Not what the engine does today; the figure of a runtime change that would read it so on Jersey.
     */
    @Benchmark
    public CorsPolicy resourceInfoPolicyJerseyRequest() {
        return policyFrom(jersey.routing());
    }

    /** As {@code CorsEngine.onResponse} reads what ran. */
    private CorsPolicy policyFrom(ResourceInfo info) {
        Method ran = info.getResourceMethod();
        if (ran == null) {
            return null;
        }
        Class<?> resourceClass = info.getResourceClass();
        return resourceClass == null ? null : methods.policyOf(resourceClass, ran);
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
