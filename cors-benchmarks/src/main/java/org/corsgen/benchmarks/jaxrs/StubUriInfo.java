package org.corsgen.benchmarks.jaxrs;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * The request URI as a container gives it to a filter: path (Jersey's form, no leading '/') and URI, and in the
 * response phase the resource the container matched.
 */
public final class StubUriInfo implements UriInfo {

    private final String path;
    private final URI requestUri;
    /** What the container matched, filled before the response phase: Jersey keeps a {@code LinkedList}. */
    private final LinkedList<Object> matched = new LinkedList<>();

    StubUriInfo(URI baseUri, String path) {
        this.path = path;
        this.requestUri = baseUri.resolve(path);
    }

    @Override
    public String getPath() {
        return path;
    }

    @Override
    public String getPath(boolean decode) {
        return path; // the benchmark paths have nothing to decode
    }

    @Override
    public URI getRequestUri() {
        return requestUri;
    }

    @Override
    public List<PathSegment> getPathSegments() {
        throw unsupported();
    }

    @Override
    public List<PathSegment> getPathSegments(boolean decode) {
        throw unsupported();
    }

    @Override
    public UriBuilder getRequestUriBuilder() {
        throw unsupported();
    }

    @Override
    public URI getAbsolutePath() {
        return requestUri;
    }

    @Override
    public UriBuilder getAbsolutePathBuilder() {
        throw unsupported();
    }

    @Override
    public URI getBaseUri() {
        throw unsupported();
    }

    @Override
    public UriBuilder getBaseUriBuilder() {
        throw unsupported();
    }

    @Override
    public MultivaluedMap<String, String> getPathParameters() {
        throw unsupported();
    }

    @Override
    public MultivaluedMap<String, String> getPathParameters(boolean decode) {
        throw unsupported();
    }

    @Override
    public MultivaluedMap<String, String> getQueryParameters() {
        throw unsupported();
    }

    @Override
    public MultivaluedMap<String, String> getQueryParameters(boolean decode) {
        throw unsupported();
    }

    @Override
    public List<String> getMatchedURIs() {
        throw unsupported();
    }

    @Override
    public List<String> getMatchedURIs(boolean decode) {
        throw unsupported();
    }

    /**
     * As RESTEasy, the JAX-RS implementation of these benchmarks (its {@code RuntimeDelegate} builds every
     * {@code Response}), answers it ({@code ResteasyUriInfo}): its {@code LinkedList} itself. Jersey returns
     * a read-only view made per call ({@link #jerseyMatchedResources}), which costs more on JDK 17.
     */
    @Override
    public List<Object> getMatchedResources() {
        return matched;
    }

    /** As Jersey answers {@link #getMatchedResources} ({@code UriRoutingContext}): a read-only view made per call. */
    public List<Object> jerseyMatchedResources() {
        return Collections.unmodifiableList(matched);
    }

    void addMatched(Object resource) {
        matched.addFirst(resource);
    }

    @Override
    public URI resolve(URI uri) {
        throw unsupported();
    }

    @Override
    public URI relativize(URI uri) {
        throw unsupported();
    }

    /** A filter that calls more than a pre-matching filter can use fails the correctness check loudly. */
    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("not available to a pre-matching filter in this harness");
    }
}
