package org.corsgen.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.corsgen.runtime.headers.HeaderNames;
import org.corsgen.runtime.origin.OriginMatcher;
import org.corsgen.runtime.origin.OriginProblem;
import org.corsgen.runtime.origin.OriginRules;
import org.corsgen.runtime.origin.PublicSuffixes;
import org.corsgen.runtime.rules.HeaderRules;
import org.corsgen.runtime.rules.MaxAgeRules;
import org.corsgen.runtime.rules.MethodRules;
import org.corsgen.runtime.rules.Problem;

/**
 * One effective CORS policy (after merging package, class and method levels), immutable, with every
 * response header value that does not depend on the request joined once, when it is built.
 *
 * <p>The generated filter builds one instance per distinct policy in its static initialiser:
 * <pre>{@code
 * CorsPolicy.builder()
 *     .origins("https://app.example.com", "https://*.example.com")
 *     .credentials(true)
 *     .methods("GET", "PUT")
 *     .allowedHeaders("Content-Type", "X-Req")
 *     .exposedHeaders("X-Total")
 *     .maxAge(600)
 *     .build();
 * }</pre>
 */
public final class CorsPolicy {

    private final List<String> origins;
    private final OriginMatcher originMatcher;
    private final boolean credentials;
    private final List<String> methods;
    private final HeaderNames allowedHeaders;
    private final List<String> exposedHeaders;
    private final long maxAge;
    private final boolean privateNetwork;

    private final String allowHeadersValue;
    private final String exposeHeadersValue;
    private final String maxAgeValue;

    /**
     * For the narrowest of several policies ({@link #narrowest}): the declared policies it is made of, every
     * one of which must allow an origin; {@code null} for a policy as declared.
     */
    private final CorsPolicy[] members;

    /** The route this instance was registered for, e.g. {@code GET /orders/{id}}; for log lines only. */
    private final String route;

    /** This policy's decisions that carry no detail, made once ({@link CorsDecision#constantsOf}). */
    private final CorsDecision[] decisions;

    /**
     * What a request gets where a resource method without a corsgen policy could run instead of one with a
     * policy: no origin is allowed, so preflights are refused and responses get no grant.
     */
    static final CorsPolicy NO_GRANT = new CorsPolicy(List.of(), OriginMatcher.none(), null, false, List.of(),
            HeaderNames.of(List.of()), List.of(), 0, false, "(a method without a corsgen policy may run here)");

    private CorsPolicy(Builder b) {
        this.origins = List.copyOf(b.origins);
        this.originMatcher = OriginMatcher.of(origins);
        this.credentials = b.credentials;
        this.methods = List.copyOf(new LinkedHashSet<>(b.methods));
        this.allowedHeaders = HeaderNames.of(b.allowedHeaders);
        this.exposedHeaders = List.copyOf(dedupeIgnoringCase(b.exposedHeaders));
        this.maxAge = b.maxAge;
        this.privateNetwork = b.privateNetwork;
        this.allowHeadersValue = allowedHeaders.isAny() ? null : String.join(",", allowedHeaders.names());
        this.exposeHeadersValue = exposedHeaders.isEmpty() ? null : String.join(",", exposedHeaders);
        this.maxAgeValue = Long.toString(maxAge);
        this.members = null;
        this.route = null;
        this.decisions = CorsDecision.constantsOf(this);
    }

    /** A policy from its parts (the narrowest of several, or {@link #NO_GRANT}). */
    private CorsPolicy(List<String> origins, OriginMatcher originMatcher, CorsPolicy[] members,
            boolean credentials, List<String> methods, HeaderNames allowedHeaders, List<String> exposedHeaders,
            long maxAge, boolean privateNetwork, String route) {
        this.origins = origins;
        this.originMatcher = originMatcher;
        this.members = members;
        this.credentials = credentials;
        this.methods = methods;
        this.allowedHeaders = allowedHeaders;
        this.exposedHeaders = exposedHeaders;
        this.maxAge = maxAge;
        this.privateNetwork = privateNetwork;
        this.allowHeadersValue = allowedHeaders.isAny() ? null : String.join(",", allowedHeaders.names());
        this.exposeHeadersValue = exposedHeaders.isEmpty() ? null : String.join(",", exposedHeaders);
        this.maxAgeValue = Long.toString(maxAge);
        this.route = route;
        this.decisions = CorsDecision.constantsOf(this);
    }

    /**
     * The policy that allows exactly what both allow: what corsgen answers where the container may run
     * either of two resource methods (a preflight cannot tell {@code @Consumes}/{@code @Produces} variants
     * apart, equally specific templates are ordered differently by Jersey and RESTEasy, a locator may return
     * a subclass). An origin must be allowed by both, and so must a method and a requested header;
     * credentials, private network access and exposed headers only where both grant them; the shorter
     * max-age.
     *
     * @param a a policy, or {@code null} for a resource method without a corsgen policy
     * @param b another, or {@code null}
     * @return {@code a} when both are equal; {@code null} when both are {@code null}; {@link #NO_GRANT} when
     *     only one is {@code null} (a method without a policy may run: nothing is granted); otherwise the
     *     narrowest of both
     */
    public static CorsPolicy narrowest(CorsPolicy a, CorsPolicy b) {
        if (a == b || a != null && a.equals(b)) {
            return a;
        }
        if (a == null || b == null || a == NO_GRANT || b == NO_GRANT) {
            return NO_GRANT;
        }
        Set<CorsPolicy> declared = new LinkedHashSet<>();
        a.addMembersTo(declared);
        b.addMembersTo(declared);
        List<String> origins = new ArrayList<>(a.origins);
        origins.retainAll(b.origins);
        List<String> methods = new ArrayList<>(a.methods);
        methods.retainAll(b.methods);
        List<String> exposed = new ArrayList<>();
        for (String h : a.exposedHeaders) {
            for (String other : b.exposedHeaders) {
                if (h.equalsIgnoreCase(other)) {
                    exposed.add(h);
                    break;
                }
            }
        }
        String route = "narrowest of (" + a.route + ") and (" + b.route + ")";
        return new CorsPolicy(List.copyOf(origins), null, declared.toArray(new CorsPolicy[0]),
                a.credentials && b.credentials,
                List.copyOf(methods), HeaderNames.common(a.allowedHeaders, b.allowedHeaders), List.copyOf(exposed),
                Math.min(a.maxAge, b.maxAge), a.privateNetwork && b.privateNetwork, route);
    }

    private void addMembersTo(Set<CorsPolicy> out) {
        if (members == null) {
            out.add(this);
        } else {
            out.addAll(Arrays.asList(members));
        }
    }

    /** A copy of {@code base} that names its route; everything else is shared. */
    private CorsPolicy(CorsPolicy base, String route) {
        this.origins = base.origins;
        this.originMatcher = base.originMatcher;
        this.members = base.members;
        this.credentials = base.credentials;
        this.methods = base.methods;
        this.allowedHeaders = base.allowedHeaders;
        this.exposedHeaders = base.exposedHeaders;
        this.maxAge = base.maxAge;
        this.privateNetwork = base.privateNetwork;
        this.allowHeadersValue = base.allowHeadersValue;
        this.exposeHeadersValue = base.exposeHeadersValue;
        this.maxAgeValue = base.maxAgeValue;
        this.route = route;
        this.decisions = CorsDecision.constantsOf(this);
    }

    /** @return a builder with the annotation's defaults: no origins, no credentials, max-age 1800 */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param label the route, e.g. {@code GET /orders/{id}}, as the generated filter names it
     * @return an equal policy that carries {@code label} for debug and start-up log lines (the generated
     *     route table holds one per route; the header values are shared, not copied)
     */
    CorsPolicy forRoute(String label) {
        return new CorsPolicy(this, label);
    }

    /**
     * @param outcome an outcome that carries no detail (not {@link CorsDecision.Outcome#HEADERS_REFUSED})
     * @return this policy's decision of that outcome, made once
     */
    CorsDecision decision(CorsDecision.Outcome outcome) {
        return decisions[outcome.ordinal()];
    }

    /**
     * What the engine's route table answers where every route of a root has this one policy, without
     * finding the exact route ({@code RouteTable.lookupEqual}): the policy, named for the route where every
     * path reaches that one route, else for all of the root's (so a log line never names a route the request
     * did not take).
     *
     * @param routes the policies of the root's routes, all equal
     * @param rootTemplate the root's {@code @Path}
     * @param resourceMethodsOnly whether every path the root matches reaches one of its resource methods
     */
    static CorsPolicy sharedBy(List<CorsPolicy> routes, String rootTemplate, boolean resourceMethodsOnly) {
        CorsPolicy first = routes.get(0);
        for (CorsPolicy p : routes) {
            if (!resourceMethodsOnly || !Objects.equals(p.route, first.route)) {
                String root = rootTemplate.startsWith("/") ? rootTemplate.substring(1) : rootTemplate;
                return first.forRoute("* /" + root + " (all its routes have this policy)");
            }
        }
        return first;
    }

    /** @return the route this policy was registered for, e.g. {@code GET /orders/{id}}, or {@code null} */
    public String route() {
        return route;
    }

    /** @return the configured origins, as written */
    public List<String> origins() {
        return origins;
    }

    /** @return whether this policy is the credential-free {@code "*"}: a static {@code ACAO: *}, no {@code Vary} */
    public boolean isAnyOrigin() {
        if (members != null) {
            for (CorsPolicy m : members) {
                if (!m.isAnyOrigin()) {
                    return false;
                }
            }
            return true;
        }
        return originMatcher.isAnyOrigin();
    }

    /** @return whether {@code origin} (the raw request header value) is allowed */
    public boolean allowsOrigin(String origin) {
        if (members != null) {
            for (CorsPolicy m : members) {
                if (!m.allowsOrigin(origin)) {
                    return false;
                }
            }
            return true;
        }
        return originMatcher.allows(origin);
    }

    /** @return whether this is the narrowest of several declared policies ({@link #narrowest}) */
    public boolean isNarrowed() {
        return members != null;
    }

    /** @return whether {@code method} is allowed, compared case-sensitively as browsers do */
    public boolean allowsMethod(String method) {
        // a handful of methods: a list scan beats hashing
        for (int i = 0, n = methods.size(); i < n; i++) {
            if (methods.get(i).equals(method)) {
                return true;
            }
        }
        return false;
    }

    public boolean credentials() {
        return credentials;
    }

    public List<String> methods() {
        return methods;
    }

    public HeaderNames allowedHeaders() {
        return allowedHeaders;
    }

    public List<String> exposedHeaders() {
        return exposedHeaders;
    }

    public long maxAge() {
        return maxAge;
    }

    public boolean privateNetwork() {
        return privateNetwork;
    }

    /** @return the {@code Access-Control-Allow-Headers} value, or {@code null} when any header is allowed (echoed) */
    String allowHeadersValue() {
        return allowHeadersValue;
    }

    /** @return the {@code Access-Control-Expose-Headers} value, or {@code null} when nothing is exposed */
    String exposeHeadersValue() {
        return exposeHeadersValue;
    }

    /** @return the {@code Access-Control-Max-Age} value */
    String maxAgeValue() {
        return maxAgeValue;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CorsPolicy)) {
            return false;
        }
        CorsPolicy p = (CorsPolicy) o;
        return credentials == p.credentials && maxAge == p.maxAge && privateNetwork == p.privateNetwork
                && Arrays.equals(members, p.members) && origins.equals(p.origins) && methods.equals(p.methods)
                && allowedHeaders.names().equals(p.allowedHeaders.names())
                && allowedHeaders.isAny() == p.allowedHeaders.isAny()
                && exposedHeaders.equals(p.exposedHeaders);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origins, credentials, methods, allowedHeaders.names(), exposedHeaders, maxAge,
                privateNetwork, Arrays.hashCode(members));
    }

    @Override
    public String toString() {
        return "CorsPolicy{origins=" + origins + ", credentials=" + credentials + ", methods=" + methods
                + ", allowedHeaders=" + allowedHeaders.describe()
                + ", exposedHeaders=" + exposedHeaders + ", maxAge=" + maxAge
                + ", privateNetwork=" + privateNetwork + '}';
    }

    private static List<String> dedupeIgnoringCase(List<String> names) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (seen.add(n.toLowerCase(Locale.ROOT))) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Collects a policy; {@link #build()} checks it with the same rules the processor applies (the rulebook,
     * {@link #problems()}), so a hand-written policy is held to what {@code @CrossOrigin} is held to.
     */
    public static final class Builder {
        private List<String> origins = List.of();
        private boolean credentials;
        private List<String> methods = List.of();
        private List<String> allowedHeaders = List.of();
        private List<String> exposedHeaders = List.of();
        private long maxAge = 1800;
        private boolean privateNetwork;
        private PublicSuffixes suffixes = PublicSuffixes.listOnClassPath();

        private Builder() {
        }

        public Builder origins(String... values) {
            return origins(List.of(values));
        }

        public Builder origins(List<String> values) {
            this.origins = List.copyOf(values);
            return this;
        }

        public Builder credentials(boolean value) {
            this.credentials = value;
            return this;
        }

        public Builder methods(String... values) {
            this.methods = List.of(values);
            return this;
        }

        public Builder allowedHeaders(String... values) {
            this.allowedHeaders = List.of(values);
            return this;
        }

        public Builder exposedHeaders(String... values) {
            this.exposedHeaders = List.of(values);
            return this;
        }

        public Builder maxAge(long seconds) {
            this.maxAge = seconds;
            return this;
        }

        public Builder privateNetwork(boolean value) {
            this.privateNetwork = value;
            return this;
        }

        /**
         * @param list the public suffixes a {@code https://*.suffix} pattern is checked against; by default
         *     {@link PublicSuffixes#listOnClassPath()}, the Public Suffix List the processor uses when Guava
         *     is on the class path (start-up passes the list it checked the resolved origins with)
         */
        public Builder publicSuffixes(PublicSuffixes list) {
            this.suffixes = Objects.requireNonNull(list, "list");
            return this;
        }

        List<String> declaredOrigins() {
            return origins;
        }

        boolean declaredCredentials() {
            return credentials;
        }

        boolean declaredPrivateNetwork() {
            return privateNetwork;
        }

        /**
         * Checks this policy by the rulebook, the same code the processor applies to a {@code @CrossOrigin}:
         * {@link OriginRules#check}, {@link MethodRules}, {@link HeaderRules} and {@link MaxAgeRules}.
         *
         * @return every problem, errors and warnings, origins first, then methods, allowed headers, exposed
         *     headers and max-age; empty when the policy breaks no rule
         */
        public List<Problem> problems() {
            List<Problem> out = new ArrayList<>();
            for (OriginProblem p : OriginRules.check(origins, credentials, privateNetwork, suffixes)) {
                out.add(p.toProblem());
            }
            out.addAll(MethodRules.check(methods));
            out.addAll(HeaderRules.checkAllowed(allowedHeaders));
            out.addAll(HeaderRules.checkExposed(exposedHeaders, credentials));
            out.addAll(MaxAgeRules.check(maxAge));
            return List.copyOf(out);
        }

        /**
         * @return the policy
         * @throws IllegalArgumentException naming every error {@link #problems()} finds, each as
         *     {@code [corsgen:<rule>] <message>} (the generated code only builds policies the processor
         *     already accepted, so this guards hand-written and start-up use); warnings do not stop it
         */
        public CorsPolicy build() {
            List<String> errors = new ArrayList<>();
            for (Problem p : problems()) {
                if (p.isError()) {
                    errors.add(p.diagnostic());
                }
            }
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException("invalid CORS policy: " + String.join("; ", errors));
            }
            return new CorsPolicy(this);
        }
    }
}
