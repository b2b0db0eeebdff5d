package org.corsgen.benchmarks.jaxrs;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * The request URI as a container gives it to a filter: path (Jersey's form, no leading '/') and URI. What the
 * container matched is not here: corsgen reads it from {@code ResourceInfo} ({@link StubResourceInfo}), and no
 * competitor reads {@link #getMatchedResources}, which fails loudly if one does.
 */
public final class StubUriInfo implements UriInfo {

    private final String path;
    private final URI requestUri;

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

    @Override
    public List<Object> getMatchedResources() {
        throw unsupported();
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
        return new UnsupportedOperationException("not read by any filter of this harness");
    }
}
