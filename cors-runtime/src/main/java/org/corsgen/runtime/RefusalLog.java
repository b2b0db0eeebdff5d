package org.corsgen.runtime;

import java.lang.System.Logger.Level;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.corsgen.runtime.headers.HeaderNames;
import org.corsgen.runtime.headers.HttpTokens;
import org.corsgen.runtime.headers.RequestedHeaders;
import org.corsgen.runtime.origin.OriginMatcher;
import org.corsgen.runtime.origin.OriginProblem;
import org.corsgen.runtime.origin.OriginRules;
import org.corsgen.runtime.origin.PublicSuffixes;

/**
 * Debug mode's explanations: one DEBUG line per refused preflight or disallowed origin, naming the route,
 * the request, the origin and the exact reason. Only called by {@link CorsEngine} in debug mode and only
 * after it has refused, so the reason is worked out again here, in the order the engine decides
 * (origin, then method, then requested headers); the response never carries it. Request values are quoted
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

    static void preflight(ContainerRequestContext request, CorsPolicy policy, String origin, String requestMethod) {
        if (!LOG.isLoggable(Level.DEBUG)) {
            return;
        }
        String reason = preflightReason(policy, origin, requestMethod,
                request.getHeaders().get(CorsHeaders.REQUEST_HEADERS));
        LOG.log(Level.DEBUG, "corsgen: preflight refused (403): route " + route(policy) + ", request OPTIONS "
                + quote(EncodedPath.of(request.getUriInfo())) + " for " + quote(requestMethod) + ", origin "
                + quote(origin) + ": " + reason);
    }

    static void actual(ContainerRequestContext request, CorsPolicy policy, String origin) {
        if (!LOG.isLoggable(Level.DEBUG) || CorsEngine.isSameOrigin(request, origin)) {
            return;
        }
        LOG.log(Level.DEBUG, "corsgen: origin not allowed, response sent without CORS headers: route "
                + route(policy) + ", request " + quote(request.getMethod()) + " "
                + quote(EncodedPath.of(request.getUriInfo())) + ", origin " + quote(origin) + ": "
                + originReason(policy, origin));
    }

    /** @return why the engine refused this preflight, checked in the engine's order */
    static String preflightReason(CorsPolicy policy, String origin, String requestMethod, List<String> requestedHeaders) {
        if (!policy.allowsOrigin(origin)) {
            return originReason(policy, origin);
        }
        if (!CorsEngine.allowsMethod(policy, requestMethod)) {
            return methodReason(policy, requestMethod);
        }
        String headers = headersReason(requestedHeaders, policy.allowedHeaders());
        return headers != null ? headers : "refused";
    }

    /** @return why {@code origin} is not allowed: malformed (and how), or not in the list */
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

    static String methodReason(CorsPolicy policy, String requestMethod) {
        if (!HttpTokens.isToken(requestMethod)) {
            return "method " + quote(requestMethod) + " malformed (not an HTTP token, or several values)";
        }
        return "method " + quote(requestMethod) + " not in " + policy.methods();
    }

    /**
     * @param lines the {@code Access-Control-Request-Headers} lines
     * @return the first reason {@link RequestedHeaders#validate} refuses them for, or {@code null} if it would not
     */
    static String headersReason(List<String> lines, HeaderNames allowed) {
        if (lines == null || RequestedHeaders.validate(lines, allowed) != null) {
            return null;
        }
        if (lines.size() > RequestedHeaders.MAX_NAMES) {
            return "more than " + RequestedHeaders.MAX_NAMES + " Access-Control-Request-Headers lines";
        }
        int chars = 0;
        for (String line : lines) {
            chars += line == null ? 0 : line.length();
        }
        if (chars > RequestedHeaders.MAX_CHARS) {
            return "requested headers longer than " + RequestedHeaders.MAX_CHARS + " characters";
        }
        int count = 0;
        for (String line : lines) {
            if (line == null) {
                continue;
            }
            for (String item : line.split(",", -1)) {
                String name = item.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (++count > RequestedHeaders.MAX_NAMES) {
                    return "more than " + RequestedHeaders.MAX_NAMES + " requested headers";
                }
                if (!HttpTokens.isToken(name)) {
                    return "header " + quote(name) + " malformed (not an HTTP token)";
                }
                if (!allowed.contains(name, 0, name.length())) {
                    return "header " + quote(name) + " not allowed (allowed: " + allowed.describe()
                            + (allowed.isAny() ? ", and \"*\" covers every valid name but Authorization, as in"
                                    + " browsers: list it too, allowedHeaders = {\"*\", \"Authorization\"}" : "")
                            + ")";
                }
            }
        }
        return "requested headers refused";
    }

    private static String route(CorsPolicy policy) {
        return policy.route() == null ? "(unnamed)" : policy.route();
    }

    /** @return {@code value} in double quotes, escaped for a log line, cut at {@link #MAX_SHOWN} characters */
    static String quote(String value) {
        if (value == null) {
            return "null";
        }
        int shown = Math.min(value.length(), MAX_SHOWN);
        StringBuilder b = new StringBuilder(shown + 16).append('"');
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
        if (shown < value.length()) {
            b.append("... (").append(value.length()).append(" characters)");
        }
        return b.toString();
    }
}
