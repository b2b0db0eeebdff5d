package org.corsgen.runtime.headers;

import java.util.Locale;
import java.util.Set;

/**
 * RFC 9110 token syntax and the Fetch standard's lists of forbidden methods and headers, shared by the
 * processor's rules (compile time) and the runtime.
 */
public final class HttpTokens {

    /** RFC 9110 tchar for code points 0..63 (bit i set = char i is a tchar), then 64..127. */
    private static final long TCHAR_LO;
    private static final long TCHAR_HI;

    static {
        long lo = 0;
        long hi = 0;
        String tchars = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (int i = 0; i < tchars.length(); i++) {
            char c = tchars.charAt(i);
            if (c < 64) {
                lo |= 1L << c;
            } else {
                hi |= 1L << (c - 64);
            }
        }
        TCHAR_LO = lo;
        TCHAR_HI = hi;
    }

    private static final String[] STANDARD_METHODS = {"DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"};

    private static final Set<String> FORBIDDEN_REQUEST_HEADERS = Set.of(
            "accept-charset", "accept-encoding", "access-control-request-headers",
            "access-control-request-method", "connection", "content-length", "cookie", "cookie2", "date", "dnt",
            "expect", "host", "keep-alive", "origin", "referer", "set-cookie", "te", "trailer",
            "transfer-encoding", "upgrade", "via");

    private HttpTokens() {
    }

    /** @return whether {@code s} is a non-empty RFC 9110 token (tchar only) */
    public static boolean isToken(CharSequence s) {
        if (s == null || s.length() == 0) {
            return false;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            if (!isTchar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return whether {@code c} is an RFC 9110 tchar */
    public static boolean isTchar(char c) {
        return c < 64 ? (TCHAR_LO >>> c & 1L) != 0 : c < 128 && (TCHAR_HI >>> (c - 64) & 1L) != 0;
    }

    /** @return whether fetch() can never send this method: CONNECT, TRACE, TRACK, any case */
    public static boolean isForbiddenMethod(String method) {
        return "CONNECT".equalsIgnoreCase(method) || "TRACE".equalsIgnoreCase(method)
                || "TRACK".equalsIgnoreCase(method);
    }

    /**
     * @return the standard spelling ({@code "PATCH"}) when {@code method} case-insensitively equals one of
     *     DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT but is spelled differently ({@code "patch"},
     *     {@code "Get"}); otherwise {@code null}
     */
    public static String misspelledStandardMethod(String method) {
        if (method == null) {
            return null;
        }
        for (String m : STANDARD_METHODS) {
            if (m.equalsIgnoreCase(method)) {
                // equalsIgnoreCase also folds e.g. the Kelvin sign; only ASCII spellings count
                return m.equals(method) || !isToken(method) ? null : m;
            }
        }
        return null;
    }

    /**
     * @return whether page scripts can never set this request header (Fetch "forbidden request-header
     *     name"): Accept-Charset, Accept-Encoding, Access-Control-Request-Headers,
     *     Access-Control-Request-Method, Connection, Content-Length, Cookie, Cookie2, Date, DNT, Expect,
     *     Host, Keep-Alive, Origin, Referer, Set-Cookie, TE, Trailer, Transfer-Encoding, Upgrade, Via, and
     *     any name starting with {@code Proxy-} or {@code Sec-}; case-insensitive
     */
    public static boolean isForbiddenRequestHeader(String name) {
        if (name == null || !isToken(name)) {
            return false;
        }
        return name.regionMatches(true, 0, "proxy-", 0, 6) || name.regionMatches(true, 0, "sec-", 0, 4)
                || FORBIDDEN_REQUEST_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** @return whether a response header can never be exposed to scripts: Set-Cookie, Set-Cookie2 (any case) */
    public static boolean isNeverExposable(String name) {
        return "set-cookie".equalsIgnoreCase(name) || "set-cookie2".equalsIgnoreCase(name);
    }
}
