package org.corsgen.benchmarks.jaxrs;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * What a container does with a CORS filter for one request, minus the container: the request phase, the
 * exception a filter throws turned into the abort response (as the container's mapper would), then the
 * response phase (containers run response filters on aborted requests too).
 */
public final class Exchange {

    private Exchange() {
    }

    /**
     * @return the abort response, or the response headers: what the container would send (for a blackhole)
     */
    public static Object run(ContainerRequestFilter requestFilter, ContainerResponseFilter responseFilter,
            StubRequest request, StubResponse response) {
        request.reset();
        response.reset();
        try {
            try {
                requestFilter.filter(request);
            } catch (WebApplicationException e) {
                request.abortWith(e.getResponse());
            }
            responseFilter.filter(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object aborted = request.aborted();
        return aborted != null ? aborted : response.getHeaders();
    }
}
