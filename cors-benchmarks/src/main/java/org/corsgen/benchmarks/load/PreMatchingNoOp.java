package org.corsgen.benchmarks.load;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * A pre-matching request + response filter that does nothing, registered like corsgen's: end to end, what
 * Jersey charges for running a filter of that kind at all.
 */
@PreMatching
public final class PreMatchingNoOp implements ContainerRequestFilter, ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        // nothing
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // nothing
    }
}
