package org.corsgen.runtime;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.Collection;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.corsgen.runtime.headers.HeaderRefusal;
import org.corsgen.runtime.headers.HttpTokens;
import org.corsgen.runtime.headers.RequestedHeaders;
import org.corsgen.runtime.routing.RouteTable;

/**
 * The request path of the application's CORS filter ({@link CorsFilter}): classifies each request, answers
 * preflights and decorates responses. Never wider than the method that runs: a preflight gets the route
 * table's answer, which is the narrowest of every method the container could run for it; an actual request
 * gets the policy of the resource method the container matched ({@code ResourceInfo}), and only where the
 * container matched none, the narrowest policy of the methods whose templates match its path.
 *
 * <ul>
 *   <li><b>Preflight</b> ({@code OPTIONS} + {@code Origin} + {@code Access-Control-Request-Method}) on a
 *       route with a policy: answered here, in the pre-matching request phase, so authentication filters,
 *       the container's automatic OPTIONS and WADL never see it. Allowed: 204 with the allow headers.
 *       Refused (origin, method or any requested header): 403 with no CORS headers. Either way the
 *       resource is not called. A same-origin "preflight" that the policy does not allow goes on to the
 *       application, as does every other OPTIONS request.</li>
 *   <li><b>Actual request</b>: in the response phase, so every status gets the headers (404, 405,
 *       exception mappers, {@code WebApplicationException}). The policy comes from the class of the
 *       resource the container matched when all methods of that class share one policy (no second
 *       matching of the path), otherwise from the route table: an allowed origin gets
 *       {@code Access-Control-Allow-Origin} (+ credentials, + exposed headers); any other request on the
 *       route only gets {@code Vary: Origin}; a credential-free {@code *} policy sends
 *       {@code Access-Control-Allow-Origin: *} on every response and no {@code Vary}.</li>
 * </ul>
 * No reflection, no regex, no per-request configuration work; header values are joined once per policy.
 */
public final class CorsEngine {

    /**
     * The priority the generated {@code Feature} registers the filter with: ahead of
     * {@code Priorities.AUTHENTICATION} (1000) for requests, so preflights are answered before any
     * authentication filter sees them, and (response filters run in reverse order) after the application's
     * own response filters, so the CORS headers are written last and once.
     */
    public static final int PRIORITY = 900;

    /** Request property marking a preflight this engine answered, so the response phase leaves it alone. */
    static final String ANSWERED_PREFLIGHT = "org.corsgen.preflight";

    /**
     * Switches debug mode on when {@code "true"}, as a system property or as a property of the
     * application's configuration (read by the generated {@code Feature}).
     */
    public static final String DEBUG_PROPERTY = "corsgen.debug";

    private static final String OPTIONS = "OPTIONS";

    private final RouteTable<CorsPolicy> routes;
    private final MatchedMethods methods;
    /**
     * Where each decision goes once made: in debug mode {@link RefusalLog}, which explains each refusal in
     * one DEBUG line of the logger {@value CorsStartup#LOGGER}; otherwise nowhere. The only thing debug mode
     * changes: the lookup and the decision are the same either way.
     */
    private final Decisions decisions;

    /** What is told each decision the engine makes for a CORS request, allowed or refused. */
    @FunctionalInterface
    interface Decisions {

        /** Told nothing: debug mode off. */
        Decisions NONE = (request, preflight, decision) -> { };

        /**
         * @param preflight whether {@code request} is a preflight (answered in the request phase), else an
         *     actual request (decided in the response phase)
         */
        void decided(ContainerRequestContext request, boolean preflight, CorsDecision decision);

        default Decisions andThen(Decisions next) {
            return (request, preflight, decision) -> {
                decided(request, preflight, decision);
                next.decided(request, preflight, decision);
            };
        }
    }

    /**
     * @param debug whether to log, for each refused preflight and each disallowed origin, one DEBUG line
     *     naming the route, the origin and the reason (responses never carry it); costs nothing when off
     */
    private CorsEngine(RouteTable<CorsPolicy> routes, MatchedMethods methods, boolean debug) {
        this(routes, methods, debug ? RefusalLog::explain : Decisions.NONE);
        if (debug) {
            RefusalLog.announce();
        }
    }

    private CorsEngine(RouteTable<CorsPolicy> routes, MatchedMethods methods, Decisions decisions) {
        this.routes = routes;
        this.methods = methods;
        this.decisions = decisions;
    }

    /**
     * @return this engine, whose every decision {@code first} is told too, before debug mode formats it (for
     *     tests: what was decided, with debug mode on or off)
     */
    CorsEngine observedBy(Decisions first) {
        return new CorsEngine(routes, methods, first.andThen(decisions));
    }

    /**
     * The engine of an application: one route table of all modules' routes, where a root resource class
     * that no module compiled claims its paths for "a method without a policy"; the policies of all modules'
     * resource methods.
     *
     * @param modules the application's modules, in the order their nodes are numbered (by name)
     * @param foreignRoots the {@code @Path} of every root resource class of the application that no module
     *     compiled
     * @param debug debug mode
     * @throws IllegalArgumentException for a malformed table (the processor writes none)
     */
    public static CorsEngine combine(Collection<CorsModule> modules, Collection<String> foreignRoots, boolean debug) {
        RouteTable.Builder<CorsPolicy> table = RouteTable.builder(CorsPolicy::narrowest).sharedValue(CorsPolicy::sharedBy);
        MatchedMethods.Builder handlers = new MatchedMethods.Builder();
        int nodes = 0;
        for (CorsModule module : modules) {
            nodes = module.addTo(table, nodes, handlers);
        }
        foreignRoots.forEach(table::foreignRoot);
        return new CorsEngine(table.build(), handlers.build(), debug);
    }

    /** @return whether a module compiled the class of this binary name (a root or a class with resource methods) */
    boolean knowsClass(String binaryName) {
        return methods.knowsClass(binaryName) || routes.rootClasses().contains(binaryName);
    }

    /**
     * @param configured the application's {@value #DEBUG_PROPERTY} property ({@code Boolean} or
     *     {@code String}), or {@code null}
     * @return whether debug mode is asked for by it or by the system property {@value #DEBUG_PROPERTY}
     */
    public static boolean debugRequested(Object configured) {
        return isTrue(configured) || isTrue(System.getProperty(DEBUG_PROPERTY));
    }

    private static boolean isTrue(Object value) {
        return value != null && "true".equalsIgnoreCase(value.toString().strip());
    }

    /** Request phase (pre-matching): answers preflights for routes with a policy; everything else goes on. */
    public void onRequest(ContainerRequestContext request) {
        if (!OPTIONS.equals(request.getMethod())) {
            return;
        }
        String requestMethod = request.getHeaderString(CorsHeaders.REQUEST_METHOD);
        String origin = request.getHeaderString(CorsHeaders.ORIGIN);
        if (requestMethod == null || origin == null) {
            return; // an ordinary OPTIONS request: the application's
        }
        // any policy equal to the exact route's, found sooner (RouteTable.lookupEqual), in debug mode too: the
        // route it names is one of the routes with that very policy
        CorsPolicy policy = routes.lookupEqual(EncodedPath.of(request.getUriInfo()), requestMethod);
        if (policy == null) {
            return; // no policy for this path: the container decides
        }
        Response answer = answerPreflight(request, policy, origin, requestMethod);
        if (answer != null) {
            request.setProperty(ANSWERED_PREFLIGHT, Boolean.TRUE);
            request.abortWith(answer);
        }
    }

    /**
     * Response phase: CORS headers for allowed origins and {@code Vary: Origin} where the answer varies.
     *
     * @param matched what the container matched ({@code ResourceInfo}), or {@code null}
     */
    public void onResponse(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo matched) {
        String method = request.getMethod();
        if (OPTIONS.equals(method) && (request.getProperty(ANSWERED_PREFLIGHT) != null
                || request.getHeaderString(CorsHeaders.REQUEST_METHOD) != null
                && request.getHeaderString(CorsHeaders.ORIGIN) != null)) {
            // answered in the request phase, or a preflight left to the container (no policy, same origin):
            // a preflight gets CORS headers only from the request phase
            return;
        }
        CorsPolicy policy;
        Method ran = matchedMethod(matched);
        Class<?> resourceClass = ran == null ? null : matchedClass(matched);
        if (resourceClass != null) {
            policy = methods.policyOf(resourceClass, ran);
            if (policy == null && OPTIONS.equals(method) && !methods.declares(resourceClass, ran)) {
                // the container's own OPTIONS answer (Jersey's is a method of its own): as if nothing matched
                policy = routes.lookupUnmatched(EncodedPath.of(request.getUriInfo()), method);
            }
        } else {
            policy = routes.lookupUnmatched(EncodedPath.of(request.getUriInfo()), method);
        }
        if (policy == null) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        String origin = request.getHeaderString(CorsHeaders.ORIGIN);
        if (policy.isAnyOrigin()) {
            if (origin != null) {
                decisions.decided(request, false, CorsDecision.of(policy, CorsDecision.Outcome.ALLOWED));
            }
            // static answer: the same CORS headers on every response, Origin or not, so caches need no Vary
            // (Fetch, "CORS protocol and HTTP caches"): a copy cached for a request without Origin must
            // still expose the headers to a page
            headers.putSingle(CorsHeaders.ALLOW_ORIGIN, "*");
            String expose = policy.exposeHeadersValue();
            if (expose != null) {
                headers.putSingle(CorsHeaders.EXPOSE_HEADERS, expose);
            }
            return;
        }
        VaryHeader.append(headers, CorsHeaders.ORIGIN);
        if (origin == null) {
            return; // not a CORS request
        }
        if (!policy.allowsOrigin(origin)) {
            decisions.decided(request, false, CorsDecision.of(policy, CorsDecision.Outcome.ORIGIN_NOT_ALLOWED));
            return;
        }
        decisions.decided(request, false, CorsDecision.of(policy, CorsDecision.Outcome.ALLOWED));
        headers.putSingle(CorsHeaders.ALLOW_ORIGIN, origin);
        if (policy.credentials()) {
            headers.putSingle(CorsHeaders.ALLOW_CREDENTIALS, "true");
        }
        String expose = policy.exposeHeadersValue();
        if (expose != null) {
            headers.putSingle(CorsHeaders.EXPOSE_HEADERS, expose);
        }
    }

    private static Class<?> matchedClass(ResourceInfo matched) {
        try {
            return matched.getResourceClass();
        } catch (RuntimeException notAvailable) {
            return null;
        }
    }

    /** @return the resource method the container matched, or {@code null} (nothing matched, or no information) */
    private static Method matchedMethod(ResourceInfo matched) {
        if (matched == null) {
            return null;
        }
        try {
            return matched.getResourceMethod();
        } catch (RuntimeException notAvailable) {
            return null; // outside a matched request (e.g. a proxy with no request scope)
        }
    }

    /**
     * Decides the preflight (origin, then method, then requested headers), tells {@link #decisions}, and
     * answers it.
     *
     * @return the 204 or 403 answer, or {@code null} when the request must go on to the application
     */
    private Response answerPreflight(ContainerRequestContext request, CorsPolicy policy, String origin,
            String requestMethod) {
        boolean anyOrigin = policy.isAnyOrigin();
        String vary = anyOrigin ? CorsHeaders.PREFLIGHT_VARY_ANY_ORIGIN : CorsHeaders.PREFLIGHT_VARY;
        CorsDecision decision = originAndMethod(policy, origin, requestMethod);
        if (!decision.isAllowed()) {
            return refuse(request, origin, decision, vary);
        }
        List<String> requestedLines = request.getHeaders().get(CorsHeaders.REQUEST_HEADERS);
        String requested = RequestedHeaders.validate(requestedLines, policy.allowedHeaders());
        if (requested == null) {
            return refuse(request, origin, headersRefused(policy, requestedLines), vary);
        }
        decisions.decided(request, true, decision);
        Response.ResponseBuilder ok = Response.noContent()
                .header(CorsHeaders.ALLOW_ORIGIN, anyOrigin ? "*" : origin);
        if (policy.credentials()) {
            ok.header(CorsHeaders.ALLOW_CREDENTIALS, "true");
        }
        // only the method asked for, which the policy allows (checked above, case-sensitively): the browser
        // caches every listed method for this origin and URL, and another method at that URL may have a
        // narrower policy of its own (a method-level @CrossOrigin); listing it would let the browser send it
        // later without the preflight that policy refuses
        ok.header(CorsHeaders.ALLOW_METHODS, requestMethod);
        if (!requested.isEmpty()) {
            String listed = policy.allowHeadersValue();
            // an explicit list is sent whole (the browser caches every name); "*" echoes the validated names
            ok.header(CorsHeaders.ALLOW_HEADERS, listed != null ? listed : requested);
        }
        ok.header(CorsHeaders.MAX_AGE, policy.maxAgeValue());
        if (policy.privateNetwork() && "true".equals(request.getHeaderString(CorsHeaders.REQUEST_PRIVATE_NETWORK))) {
            ok.header(CorsHeaders.ALLOW_PRIVATE_NETWORK, "true");
        }
        ok.header(CorsHeaders.VARY, vary);
        return ok.build();
    }

    /**
     * The first two checks of a preflight, in the order the engine makes them.
     *
     * @return the policy's decision (a constant): allowed so far, or refused for the origin or the method
     */
    static CorsDecision originAndMethod(CorsPolicy policy, String origin, String requestMethod) {
        if (!policy.allowsOrigin(origin)) {
            return CorsDecision.of(policy, CorsDecision.Outcome.ORIGIN_NOT_ALLOWED);
        }
        if (!HttpTokens.isToken(requestMethod)) {
            // also catches several ACRM lines, joined with ','
            return CorsDecision.of(policy, CorsDecision.Outcome.METHOD_MALFORMED);
        }
        // HEAD is served by GET wherever GET is served
        boolean allowed = policy.allowsMethod(requestMethod)
                || ("HEAD".equals(requestMethod) && policy.allowsMethod("GET"));
        return CorsDecision.of(policy, allowed ? CorsDecision.Outcome.ALLOWED : CorsDecision.Outcome.METHOD_NOT_ALLOWED);
    }

    /**
     * The third check, once {@link RequestedHeaders#validate} has refused {@code lines}: the refusal path of
     * the same checks says which rule and which name (the allowed path never comes here).
     */
    static CorsDecision headersRefused(CorsPolicy policy, List<String> lines) {
        HeaderRefusal why = RequestedHeaders.refusal(lines, policy.allowedHeaders());
        // validate refused these very lines, so the same checks refuse them (unless the container's list changed)
        return CorsDecision.headersRefused(policy, why != null ? why : HeaderRefusal.UNREADABLE);
    }

    /**
     * A refused preflight, off the allowed path: its 403, or {@code null} for a same-origin request (no CORS
     * request at all, so nothing was decided).
     */
    private Response refuse(ContainerRequestContext request, String origin, CorsDecision decision, String vary) {
        if (decision.outcome() == CorsDecision.Outcome.ORIGIN_NOT_ALLOWED && isSameOrigin(request, origin)) {
            return null;
        }
        decisions.decided(request, true, decision);
        return Response.status(Response.Status.FORBIDDEN).header(CorsHeaders.VARY, vary).build();
    }

    /**
     * @return whether {@code origin} is this request's own origin (scheme, host and port of the request
     *     URI, the default port elided), in which case the request is not a CORS request
     */
    static boolean isSameOrigin(ContainerRequestContext request, String origin) {
        URI uri = request.getUriInfo().getRequestUri();
        String scheme = uri.getScheme();
        String host = uri.getHost();
        if (scheme == null || host == null) {
            return false;
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String own = scheme + "://" + host + (defaultPort ? "" : ":" + port);
        return own.equals(origin);
    }
}
