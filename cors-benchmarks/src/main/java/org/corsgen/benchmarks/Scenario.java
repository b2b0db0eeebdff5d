package org.corsgen.benchmarks;

import java.util.function.Supplier;

import org.corsgen.benchmarks.app.ItemResource;
import org.corsgen.benchmarks.app.TenantResource;
import org.corsgen.benchmarks.app.WideResource;
import org.corsgen.benchmarks.jaxrs.StubRequest;
import org.corsgen.benchmarks.jaxrs.StubResourceInfo;

/**
 * The requests of the benchmark table. Every competitor gets the same request for a scenario; the first
 * four apply to all, the last two only to corsgen (the others have no patterns, or the same set lookup for
 * 50 origins as for 2).
 */
public enum Scenario {
    /** {@code GET items/42} without {@code Origin}: not a CORS request. */
    NO_ORIGIN(Scenario::itemsGet, "GET", "items/42"),
    /** {@code GET items/42} from an allowed origin: request and response phase. */
    ALLOWED_GET(Scenario::itemsGet, "GET", "items/42", "Origin", BenchPolicy.APP),
    /** Preflight for {@code PUT items/42} asking for {@code content-type,x-req}, as Chrome sends it. */
    PREFLIGHT(() -> StubResourceInfo.NOTHING, "OPTIONS", "items/42", "Origin", BenchPolicy.APP, "Access-Control-Request-Method", "PUT",
            "Access-Control-Request-Headers", "content-type,x-req"),
    /** {@code GET items/42} from an origin that is not allowed. */
    DISALLOWED(Scenario::itemsGet, "GET", "items/42", "Origin", "https://evil.example.org"),
    /** corsgen only: an origin allowed by the pattern {@code https://*.tenants.example.com}. */
    PATTERN_GET(() -> StubResourceInfo.of(TenantResource.class, "get", String.class), "GET", "tenants/42", "Origin", "https://acme.tenants.example.com"),
    /** corsgen only: an allowed origin of a policy with 50 origins. */
    WIDE_GET(() -> StubResourceInfo.of(WideResource.class, "get", String.class), "GET", "wide/42", "Origin", "https://site25.example.com");

    public final String method;
    /** The path relative to the application, as Jersey's {@code UriInfo.getPath()} gives it. */
    public final String path;
    /** Header name, value, name, value, ... */
    public final String[] headers;
    private final Supplier<StubResourceInfo> matched;

    Scenario(Supplier<StubResourceInfo> matched, String method, String path, String... headers) {
        this.matched = matched;
        this.method = method;
        this.path = path;
        this.headers = headers;
    }

    /** @return the request as the container hands it to a filter */
    public StubRequest request() {
        return new StubRequest(method, path, headers);
    }

    /**
     * @return what the container matched for this request, as its {@code ResourceInfo} reports it in the
     *     response phase: the resource method that runs ({@code ItemResource.get(String)} for
     *     {@code GET items/42}), nothing for the preflight (answered before matching)
     */
    public StubResourceInfo matched() {
        return matched.get();
    }

    /** {@code ItemResource.get(String)}: what both containers run for {@code GET items/42}. */
    private static StubResourceInfo itemsGet() {
        return StubResourceInfo.of(ItemResource.class, "get", String.class);
    }

    /** @return the request's {@code Origin}, or null */
    public String origin() {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equals("Origin")) {
                return headers[i + 1];
            }
        }
        return null;
    }
}
