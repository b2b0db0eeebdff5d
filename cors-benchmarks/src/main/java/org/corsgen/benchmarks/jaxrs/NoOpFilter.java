package org.corsgen.benchmarks.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/** The JAX-RS floor: a filter that does nothing. What remains is the harness (stub resets, calls). */
public final class NoOpFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        // nothing
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // nothing
    }
}
