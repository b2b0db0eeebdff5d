package org.corsgen.runtime.routing;

/**
 * Preprocessing of the request path ({@code UriInfo.getPath(false)}: encoded, relative to the application).
 *
 * <p>Matrix parameters ({@code ;k=v}) are removed from every segment, as RESTEasy and Jersey (3.1.11,
 * 4.0.2: measured) do before matching. Only a literal {@code ;} starts matrix parameters; an encoded
 * {@code %3B} is data. The encoding is otherwise kept: {@code %2F} is not a separator.
 *
 * <p>Positions: matching works on the text after the path's leading {@code /}; for Jersey's form without
 * one, a virtual {@code /} is assumed before index 0. A remainder is described by "next q": the remainder
 * is {@code "/" + s.substring(q)} for {@code q <= s.length()} and {@code ""} for {@code q == s.length() + 1};
 * it is "consumed" ({@code ""} or {@code "/"}) iff {@code q >= s.length()}.
 */
final class RequestPath {

    private RequestPath() {
    }

    /** {@code path} without matrix parameters; the same instance (no allocation) if it has none. */
    static String withoutMatrixParameters(String path) {
        int semicolon = path.indexOf(';');
        if (semicolon < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        out.append(path, 0, semicolon);
        int i = semicolon;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == ';') {
                int slash = path.indexOf('/', i);
                i = slash < 0 ? path.length() : slash;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * The "next q" of the whole path: after its leading {@code /}, or 0 if it has none. Called with the path as
     * given, before matrix parameters are removed (removing them never changes the first character, except
     * that a first segment of only matrix parameters, {@code ";v=2/x"}, leaves a {@code /} that is not the
     * leading one); the index is also valid for the path without matrix parameters.
     */
    static int start(String path) {
        return !path.isEmpty() && path.charAt(0) == '/' ? 1 : 0;
    }

    /** Whether the remainder at {@code q} is {@code ""} or {@code "/"}. */
    static boolean consumed(String path, int q) {
        return q >= path.length();
    }
}
