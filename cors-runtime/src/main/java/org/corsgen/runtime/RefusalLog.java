package org.corsgen.runtime;

import org.corsgen.runtime.rules.Quote;
import java.lang.System.Logger.Level;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.corsgen.runtime.headers.HeaderNames;
import org.corsgen.runtime.headers.HeaderRefusal;
import org.corsgen.runtime.headers.RequestedHeaders;
import org.corsgen.runtime.origin.OriginMatcher;
import org.corsgen.runtime.origin.OriginProblem;
import org.corsgen.runtime.origin.OriginRules;
import org.corsgen.runtime.origin.PublicSuffixes;

/**
 * Debug mode's explanations: one DEBUG line per refused preflight or disallowed origin, naming the route,
 * the request, the origin and the reason. It decides nothing: it formats the {@link CorsDecision} the engine
 * made (the same lookup and the same checks as with debug mode off) and reads the request's own values
 * (path, method, origin) from the request; the response never carries the reason. Request values are quoted
 * with control and non-ASCII characters escaped and cut at {@value #MAX_SHOWN} characters, so a hostile
 * header cannot forge log lines.
 */
final class RefusalLog {

    static final int MAX_SHOWN = 200;

    private static final System.Logger LOG = System.getLogger(CorsStartup.LOGGER);

    private RefusalLog() {
    }

    /** Says once, when an engine is created in debug mode, whether its lines will show. */
    static void announce() {
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.INFO, "corsgen: debug mode is on: each refused preflight and each disallowed origin is"
                    + " logged at DEBUG with its reason (responses never carry it)");
        } else {
            LOG.log(Level.WARNING, "corsgen: debug mode is on (" + CorsEngine.DEBUG_PROPERTY + "=true), but the"
                    + " logger " + CorsStartup.LOGGER + " does not log DEBUG, so refusals are not explained; with"
                    + " java.util.logging set " + CorsStartup.LOGGER + ".level = FINE and a handler level of FINE"
                    + " (e.g. java.util.logging.ConsoleHandler.level = FINE)");
        }
    }

    /**
     * Debug mode's {@link CorsEngine.Decisions}: logs a refusal, nothing for an allowed request, nothing for
     * a disallowed origin on an actual request that is a same-origin request (the response is the same either
     * way: no CORS headers; but it is no CORS request, so nothing was refused to a page).
     */
    static void explain(ContainerRequestContext request, boolean preflight, CorsDecision decision) {
        if (decision.isAllowed() || !LOG.isLoggable(Level.DEBUG)) {
            return;
        }
        if (preflight) {
            LOG.log(Level.DEBUG, preflightLine(request, decision));
        } else if (!CorsEngine.isSameOrigin(request, request.getHeaderString(CorsHeaders.ORIGIN))) {
            LOG.log(Level.DEBUG, actualLine(request, decision));
        }
    }

    /** @return the line of a refused preflight */
    static String preflightLine(ContainerRequestContext request, CorsDecision decision) {
        String origin = request.getHeaderString(CorsHeaders.ORIGIN);
        String requestMethod = request.getHeaderString(CorsHeaders.REQUEST_METHOD);
        return "corsgen: preflight refused (403): route " + route(decision.policy()) + ", request OPTIONS "
                + quote(EncodedPath.of(request.getUriInfo())) + " for " + quote(requestMethod) + ", origin "
                + quote(origin) + ": " + reason(decision, origin, requestMethod);
    }

    /** @return the line of an actual request from an origin the policy does not allow */
    static String actualLine(ContainerRequestContext request, CorsDecision decision) {
        String origin = request.getHeaderString(CorsHeaders.ORIGIN);
        return "corsgen: origin not allowed, response sent without CORS headers: route "
                + route(decision.policy()) + ", request " + quote(request.getMethod()) + " "
                + quote(EncodedPath.of(request.getUriInfo())) + ", origin " + quote(origin) + ": "
                + reason(decision, origin, null);
    }

    /**
     * @param origin the request's {@code Origin}
     * @param requestMethod a preflight's {@code Access-Control-Request-Method}, or {@code null}
     * @return the reason of a refusal, in words, from the decision and the request values it is about
     */
    static String reason(CorsDecision decision, String origin, String requestMethod) {
        CorsPolicy policy = decision.policy();
        return switch (decision.outcome()) {
            case ALLOWED -> "allowed";
            case ORIGIN_NOT_ALLOWED -> originReason(policy, origin);
            case METHOD_MALFORMED -> "method " + quote(requestMethod)
                    + " malformed (not an HTTP token, or several values)";
            case METHOD_NOT_ALLOWED -> "method " + quote(requestMethod) + " not in " + policy.methods();
            case HEADERS_REFUSED -> headersReason(decision.headers(), policy.allowedHeaders());
        };
    }

    /**
     * @return what is wrong with an origin the policy does not allow: how it is malformed, or that it is not
     *     in the list (a description of the refused value; whether it is allowed, the engine decided)
     */
    static String originReason(CorsPolicy policy, String origin) {
        if (origin.length() > OriginMatcher.MAX_LENGTH) {
            return "origin malformed: longer than " + OriginMatcher.MAX_LENGTH + " characters";
        }
        if ("null".equals(origin)) {
            return "origin \"null\" (an opaque origin: a sandboxed iframe, a data: or file: page, or a request after"
                    + " a cross-origin redirect) is never allowed";
        }
        if (origin.indexOf(',') >= 0) {
            return "origin malformed: several origins in one value (several Origin header lines?)";
        }
        if (origin.indexOf('*') >= 0) {
            return "origin malformed: '*' belongs to patterns, never to an origin a browser sends";
        }
        for (OriginProblem p : OriginRules.check(List.of(origin), false, false, PublicSuffixes.NONE)) {
            if (p.isError()) {
                return "origin malformed: " + p.message();
            }
        }
        return "origin not allowed (allowed: " + policy.origins() + ")";
    }

    /** @return the words for why {@link RequestedHeaders} refused the requested headers */
    static String headersReason(HeaderRefusal why, HeaderNames allowed) {
        return switch (why.rule()) {
            case TOO_MANY_LINES -> "more than " + RequestedHeaders.MAX_NAMES + " Access-Control-Request-Headers lines";
            case TOO_LONG -> "requested headers longer than " + RequestedHeaders.MAX_CHARS + " characters";
            case TOO_MANY_NAMES -> "more than " + RequestedHeaders.MAX_NAMES + " requested headers";
            case MALFORMED_NAME -> "header " + quote(why.name()) + " malformed (not an HTTP token)";
            case NAME_NOT_ALLOWED -> "header " + quote(why.name()) + " not allowed (allowed: " + allowed.describe()
                    + (allowed.isAny() ? ", and \"*\" covers every valid name but Authorization, as in"
                            + " browsers: list it too, allowedHeaders = {\"*\", \"Authorization\"}" : "")
                    + ")";
            case UNREADABLE -> "requested headers could not be read";
        };
    }

    private static String route(CorsPolicy policy) {
        return policy.route() == null ? "(unnamed)" : policy.route();
    }

    /** @return {@code value} as the one quoting helper writes a request's value, cut at {@link #MAX_SHOWN} */
    static String quote(String value) {
        return Quote.requestValue(value, MAX_SHOWN);
    }
}
