package org.corsgen.runtime;

import jakarta.ws.rs.core.UriInfo;

/**
 * The request path the route table reads: encoded, relative to the application ({@code UriInfo.getPath(false)}).
 * A container that gives only the decoded path (Quarkus REST's {@code getPath(false)} throws
 * {@code IllegalArgumentException}) gets it from the raw path of the request URI past the raw path of its base
 * URI; the first refusal of a {@code UriInfo} class is remembered, so no request after it pays for an exception.
 */
final class EncodedPath {

    private static final ClassValue<boolean[]> DECODED_ONLY = new ClassValue<>() {
        @Override
        protected boolean[] computeValue(Class<?> type) {
            return new boolean[1];
        }
    };

    private EncodedPath() {
    }

    /** @return the encoded request path relative to the application, as {@code getPath(false)} returns it */
    static String of(UriInfo uri) {
        boolean[] decodedOnly = DECODED_ONLY.get(uri.getClass());
        if (!decodedOnly[0]) {
            try {
                return uri.getPath(false);
            } catch (IllegalArgumentException | UnsupportedOperationException refused) {
                decodedOnly[0] = true;
            }
        }
        return fromRawPaths(uri);
    }

    /** The raw request path past the raw base path: {@code /items/1} under a base of {@code /shop/api/}. */
    static String fromRawPaths(UriInfo uri) {
        String request = uri.getRequestUri().getRawPath();
        String base = uri.getBaseUri().getRawPath();
        if (request == null) {
            return "";
        }
        if (base == null) {
            return request;
        }
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (request.equals(root)) {
            return "";
        }
        if (request.startsWith(root + "/")) {
            return request.substring(root.length());
        }
        // a base the request path does not spell alike (encoded differently): the decoded path is all there is
        return uri.getPath();
    }
}
