package org.corsgen.runtime.headers;

import java.util.Locale;

/**
 * The CORS protocol's own header names ({@code Access-Control-*}), which never belong in
 * {@code allowedHeaders} or {@code exposedHeaders}: the response headers corsgen writes itself, the request
 * headers a browser sends on a preflight, and the rest of that prefix. One rule, with its reasons and fixes,
 * for the processor's rules (compile time) and {@code CorsPolicy.Builder}.
 */
public final class CorsProtocolNames {

    private static final String PREFIX = "access-control-";

    private CorsProtocolNames() {
    }

    /** @return whether {@code name} is a token that starts with {@code Access-Control-} (in any ASCII case) */
    public static boolean isCorsProtocolName(String name) {
        // isToken first: regionMatches alone also folds e.g. the long s of "acceſs-control-"
        return HttpTokens.isToken(name) && name.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /**
     * @param name a configured {@code allowedHeaders} element
     * @return why it cannot be allowed, with the fix, e.g. {@code allowed header "Access-Control-Allow-Origin"
     *     is a response header of the CORS protocol ...}; {@code null} when it is no {@code Access-Control-*} name
     */
    public static String allowedHeaderProblem(String name) {
        return problem("allowed header", name, false);
    }

    /**
     * @param name a configured {@code exposedHeaders} element
     * @return why it cannot be exposed, with the fix; {@code null} when it is no {@code Access-Control-*} name
     */
    public static String exposedHeaderProblem(String name) {
        return problem("exposed header", name, true);
    }

    private static String problem(String what, String name, boolean exposed) {
        if (!isCorsProtocolName(name)) {
            return null;
        }
        String quoted = "\"" + name + "\"";
        String lower = name.toLowerCase(Locale.ROOT);
        String fix = fix(lower);
        if (fix == null) {
            String rest = name.substring(PREFIX.length());
            return what + " " + quoted + " starts with Access-Control-, the prefix the CORS protocol uses for its"
                    + " own headers, so a header of your API with it is easily taken for one of them; rename the"
                    + " header, e.g. \"X-" + (HttpTokens.isToken(rest) ? rest : "Request-Id") + "\"";
        }
        if (isRequestHeader(lower)) {
            return what + " " + quoted + " is a request header of the CORS protocol: the browser sends it itself,"
                    + " on preflights (page scripts cannot set it), and corsgen reads it; "
                    + (exposed ? "it never comes in a response, so there is nothing to expose"
                            : "it is never among the headers a preflight asks for, so allowing it does nothing")
                    + "; remove it (" + fix + ")";
        }
        return what + " " + quoted + " is a response header of the CORS protocol, which corsgen sets itself"
                + " from the policy and the browser consumes; "
                + (exposed ? "it is no header of your API for page scripts to read"
                        : "a page never sends it, so allowing it as a request header does nothing")
                + "; remove it (" + fix + ")";
    }

    private static boolean isRequestHeader(String lower) {
        return lower.startsWith("access-control-request-");
    }

    /** @return where the policy says what {@code lower} (a CORS protocol name) carries, or {@code null} if no such header */
    private static String fix(String lower) {
        switch (lower) {
            case "access-control-allow-origin":
                return "to allow an origin, list it in origins = {...}";
            case "access-control-allow-credentials":
                return "to allow cookies and HTTP authentication, write credentials = true";
            case "access-control-allow-methods":
            case "access-control-request-method":
                return "to allow a method, list it in methods = {...}";
            case "access-control-allow-headers":
            case "access-control-request-headers":
                return "to allow a request header, list the header itself in allowedHeaders, e.g. \"X-Request-Id\"";
            case "access-control-expose-headers":
                return "to let page scripts read a response header, list the header itself in exposedHeaders,"
                        + " e.g. \"X-Total-Count\"";
            case "access-control-max-age":
                return "to say how long browsers cache the preflight answer, write maxAge = 600";
            case "access-control-allow-private-network":
            case "access-control-request-private-network":
                return "to answer Private Network Access preflights, write privateNetwork = true";
            default:
                return null;
        }
    }
}
