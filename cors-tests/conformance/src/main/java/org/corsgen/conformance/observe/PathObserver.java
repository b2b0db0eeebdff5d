package org.corsgen.conformance.observe;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Test instrumentation, not CORS: echoes the {@code UriInfo.getPath(false)} a pre-matching filter sees
 * ({@code X-PreMatching-Path}), which differs between runtimes ({@code items/1} or {@code /items/1}).
 */
@Provider
@PreMatching
public class PathObserver implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String PATH = "X-PreMatching-Path";
    private static final String PROPERTY = PathObserver.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(PROPERTY, request.getUriInfo().getPath(false));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object path = request.getProperty(PROPERTY);
        if (path != null) {
            response.getHeaders().putSingle(PATH, path.toString());
        }
    }
}
