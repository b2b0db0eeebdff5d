package org.corsgen.conformance.observe;

import java.lang.reflect.Method;
import java.util.StringJoiner;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Test instrumentation, not CORS: tells the client which resource method the container itself matched
 * ({@code X-Matched: <method name>}, {@code X-Matched-Class}), as {@link ResourceInfo} reports it after
 * matching. The differential routing test compares it with the policy the CORS filter picked before
 * matching. No header when the container matched no method (404, 405, a request aborted before matching).
 */
@Provider
public class MatchObserver implements ContainerResponseFilter {

    public static final String MATCHED = "X-Matched";
    public static final String MATCHED_CLASS = "X-Matched-Class";
    /**
     * The classes of {@code UriInfo.getMatchedResources()} in the response phase, current resource first,
     * joined with ','; absent when the list is empty. The CORS filter takes a request's policy from it.
     */
    public static final String MATCHED_RESOURCES = "X-Matched-Resources";

    @Context
    private ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        StringJoiner resources = new StringJoiner(",");
        for (Object resource : request.getUriInfo().getMatchedResources()) {
            resources.add(resource.getClass().getSimpleName());
        }
        if (resources.length() > 0) {
            response.getHeaders().putSingle(MATCHED_RESOURCES, resources.toString());
        }
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (method != null) {
            response.getHeaders().putSingle(MATCHED, method.getName());
            Class<?> type = resourceInfo.getResourceClass();
            response.getHeaders().putSingle(MATCHED_CLASS, type == null ? "?" : type.getSimpleName());
        }
    }
}
