package org.corsgen.benchmarks;

import java.util.function.Supplier;

import org.corsgen.benchmarks.app.ItemResource;
import org.corsgen.benchmarks.app.TenantResource;
import org.corsgen.benchmarks.app.WideResource;
import org.corsgen.benchmarks.jaxrs.StubRequest;

/**
 * The requests of the benchmark table. Every competitor gets the same request for a scenario; the first
 * four apply to all, the last two only to corsgen (the others have no patterns, or the same set lookup for
 * 50 origins as for 2).
 */
public enum Scenario {
    /** {@code GET items/42} without {@code Origin}: not a CORS request. */
    NO_ORIGIN(ItemResource::new, "GET", "items/42"),
    /** {@code GET items/42} from an allowed origin: request and response phase. */
    ALLOWED_GET(ItemResource::new, "GET", "items/42", "Origin", BenchPolicy.APP),
    /** Preflight for {@code PUT items/42} asking for {@code content-type,x-req}, as Chrome sends it. */
    PREFLIGHT(() -> null, "OPTIONS", "items/42", "Origin", BenchPolicy.APP, "Access-Control-Request-Method", "PUT",
            "Access-Control-Request-Headers", "content-type,x-req"),
    /** {@code GET items/42} from an origin that is not allowed. */
    DISALLOWED(ItemResource::new, "GET", "items/42", "Origin", "https://evil.example.org"),
    /** corsgen only: an origin allowed by the pattern {@code https://*.tenants.example.com}. */
    PATTERN_GET(TenantResource::new, "GET", "tenants/42", "Origin", "https://acme.tenants.example.com"),
    /** corsgen only: an allowed origin of a policy with 50 origins. */
    WIDE_GET(WideResource::new, "GET", "wide/42", "Origin", "https://site25.example.com");

    public final String method;
    /** The path relative to the application, as Jersey's {@code UriInfo.getPath()} gives it. */
    public final String path;
    /** Header name, value, name, value, ... */
    public final String[] headers;
    private final Supplier<Object> resource;

    Scenario(Supplier<Object> resource, String method, String path, String... headers) {
        this.resource = resource;
        this.method = method;
        this.path = path;
        this.headers = headers;
    }

    /**
     * @return the request as the container hands it to a filter, with the resource instance it matched (none
     *     for the preflight, which the CORS layer answers before matching)
     */
    public StubRequest request() {
        return new StubRequest(method, path, headers).matched(resource.get());
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
