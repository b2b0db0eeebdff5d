package org.corsgen.benchmarks.load;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;

import org.corsgen.benchmarks.app.AppCorsFilter;
import org.corsgen.runtime.CorsEngine;

/**
 * Not corsgen's filter: a measurement of a proposed runtime change. corsgen's own engine
 * ({@code CorsEngine.combine} of the generated module, its public API) driven as {@code CorsFilter} drives
 * it, except for where the response phase learns what ran: from the request's own {@code UriInfo} when that
 * is a {@code ResourceInfo} too (Jersey's {@code ContainerRequest.getUriInfo()} is its
 * {@code UriRoutingContext}, which is; a field read), and only otherwise from the injected
 * {@code ResourceInfo}. On Jersey the injected one is a request-scoped proxy whose first call in each
 * request has HK2 create the request's instance (see {@code CpuRun} and the README's figures).
 */
@PreMatching
public final class UriInfoCorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private final CorsEngine engine = CorsEngine.combine(List.of(AppCorsFilter.MODULE), Set.of(), false);

    @Context
    private ResourceInfo injected;

    @Override
    public void filter(ContainerRequestContext request) {
        engine.onRequest(request);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        ResourceInfo matched = request.getUriInfo() instanceof ResourceInfo own ? own : injected;
        engine.onResponse(request, response, matched);
    }
}
