package org.corsgen.runtime.headers;

/**
 * RFC 9110 token syntax and the Fetch standard's lists of forbidden methods and headers, shared by the
 * processor's rules (compile time) and the runtime.
 */
public final class HttpTokens {

    private HttpTokens() {
    }

    /** @return whether {@code s} is a non-empty RFC 9110 token (tchar only) */
    public static boolean isToken(CharSequence s) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** @return whether {@code c} is an RFC 9110 tchar */
    public static boolean isTchar(char c) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** @return whether fetch() can never send this method: CONNECT, TRACE, TRACK, any case */
    public static boolean isForbiddenMethod(String method) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * @return the standard spelling ({@code "PATCH"}) when {@code method} case-insensitively equals one of
     *     DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT but is spelled differently ({@code "patch"},
     *     {@code "Get"}); otherwise {@code null}
     */
    public static String misspelledStandardMethod(String method) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * @return whether page scripts can never set this request header (Fetch "forbidden request-header
     *     name"): Accept-Charset, Accept-Encoding, Access-Control-Request-Headers,
     *     Access-Control-Request-Method, Connection, Content-Length, Cookie, Cookie2, Date, DNT, Expect,
     *     Host, Keep-Alive, Origin, Referer, Set-Cookie, TE, Trailer, Transfer-Encoding, Upgrade, Via, and
     *     any name starting with {@code Proxy-} or {@code Sec-}; case-insensitive
     */
    public static boolean isForbiddenRequestHeader(String name) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** @return whether a response header can never be exposed to scripts: Set-Cookie, Set-Cookie2 (any case) */
    public static boolean isNeverExposable(String name) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
