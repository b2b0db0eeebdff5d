package org.corsgen.benchmarks.load;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.corsgen.benchmarks.BenchPolicy;

/**
 * End to end, the floor of any CORS layer for the load's request mix: a pre-matching filter, registered like
 * corsgen's, that writes exactly the headers corsgen writes for these four requests and nothing else (no
 * route, no validation; it knows the application has one path and one allowed origin). Its cost over no
 * filter is what Jersey and Grizzly charge for carrying CORS headers at all.
 */
@PreMatching
public final class LoadHeaderFloor implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String ANSWERED = LoadHeaderFloor.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"OPTIONS".equals(request.getMethod()) || request.getHeaderString("Access-Control-Request-Method") == null) {
            return;
        }
        request.setProperty(ANSWERED, Boolean.TRUE);
        request.abortWith(Response.noContent()
                .header("Access-Control-Allow-Origin", request.getHeaderString("Origin"))
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Methods", request.getHeaderString("Access-Control-Request-Method"))
                .header("Access-Control-Allow-Headers", "Content-Type,X-Req")
                .header("Access-Control-Max-Age", "600")
                .header("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers")
                .build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(ANSWERED) != null) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Vary", "Origin");
        String origin = request.getHeaderString("Origin");
        if (BenchPolicy.APP.equals(origin)) {
            headers.putSingle("Access-Control-Allow-Origin", origin);
            headers.putSingle("Access-Control-Allow-Credentials", "true");
            headers.putSingle("Access-Control-Expose-Headers", "X-Total");
        }
    }
}
