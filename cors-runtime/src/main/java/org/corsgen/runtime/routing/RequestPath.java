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

    /**
     * The path as RESTEasy compares it with template literals, which it does case-sensitively, while the
     * literals are encoded with upper-case hex digits: each {@code %XX} triplet with a lower-case hex digit
     * becomes one that no literal contains (its {@code %} replaced by a control character, which templates
     * never hold unencoded), so literals miss it and plain variables still match it.
     *
     * @return that path, or {@code null} when the path has no such triplet (both containers compare alike)
     */
    static String withLowerCaseEscapesHidden(String path) {
        int percent = path.indexOf('%');
        if (percent < 0) {
            return null;
        }
        char[] chars = null;
        for (int i = percent; i >= 0 && i + 2 < path.length(); i = path.indexOf('%', i + 1)) {
            if (isLowerHex(path.charAt(i + 1), path.charAt(i + 2))) {
                if (chars == null) {
                    chars = path.toCharArray();
                }
                chars[i] = HIDDEN_PERCENT;
            }
        }
        return chars == null ? null : new String(chars);
    }

    /** What {@link #withLowerCaseEscapesHidden} puts in the place of a {@code %}. */
    static final char HIDDEN_PERCENT = '\u0001';

    private static boolean isLowerHex(char a, char b) {
        boolean hex = isHex(a) && isHex(b);
        return hex && (a >= 'a' && a <= 'f' || b >= 'a' && b <= 'f');
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
