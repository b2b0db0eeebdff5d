package org.corsgen.runtime;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.corsgen.runtime.origin.OriginPlaceholder;
import org.corsgen.runtime.origin.OriginProblem;
import org.corsgen.runtime.origin.OriginRules;
import org.corsgen.runtime.origin.PlaceholderResolver;
import org.corsgen.runtime.origin.PlaceholderResolver.Resolution;
import org.corsgen.runtime.origin.PublicSuffixes;
import org.corsgen.runtime.routing.RouteTable;
import org.corsgen.runtime.routing.RouteTableText;

/**
 * What a generated filter does once, in its class initialisation: resolves the {@code ${...}} origins
 * (system property, then environment variable, then default), checks each resolved list with
 * {@link OriginRules#check} (the rules the processor applied at compile time, "{@code *} with credentials"
 * included), names each route's policy for log lines, and at the end either throws one
 * {@link CorsStartupException} listing every problem, or logs the outcome once.
 *
 * <pre>{@code
 * private static final CorsStartup STARTUP = new CorsStartup("com.example.ShopCorsFilter");
 * private static final CorsPolicy P0 = STARTUP.resolve(CorsPolicy.builder()
 *         .origins("https://app.example.com", "${CORS_ORIGINS:https://staging.example.com}")
 *         ...);
 * private static final RouteTable<CorsPolicy> ROUTES = STARTUP.finish(routes());
 * private static RouteTable<CorsPolicy> routes() {
 *     CorsPolicy[] policies = {P0};
 *     return STARTUP.routes(policies, TABLE0); // TABLE0: the routes as text, e.g. method "" GET P0 "GET /orders"
 * }
 * }</pre>
 *
 * <p>Logging goes to the {@link System.Logger} {@value #LOGGER}: at {@code INFO} one line with the number
 * of routes and policies and what each placeholder resolved to (and from where); at {@code WARNING} each
 * warning of the rules about a resolved value (e.g. plain {@code http://} with credentials); at
 * {@code DEBUG} every route with its resolved policy.
 */
public final class CorsStartup {

    /** The {@link System.Logger} name of everything corsgen logs. */
    public static final String LOGGER = "org.corsgen";

    private static final System.Logger LOG = System.getLogger(LOGGER);

    private final String filter;
    private final PlaceholderResolver resolver;
    private final PublicSuffixes suffixes;
    /** Each problem once, by what it says without the policy it was found in; the first policy kept. */
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final Map<String, String> warnings = new LinkedHashMap<>();
    private final Map<String, Resolution> resolutions = new LinkedHashMap<>();
    private final List<CorsPolicy> routes = new ArrayList<>();

    /**
     * For the generated filter: placeholders from {@link System#getProperty} then {@link System#getenv},
     * public suffixes from {@link PublicSuffixes#fromClassPath()}.
     *
     * @param filter the generated filter's name, for messages
     */
    public CorsStartup(String filter) {
        this(filter, PlaceholderResolver.system(), PublicSuffixes.fromClassPath());
    }

    /**
     * @param filter the generated filter's name, for messages
     * @param resolver where placeholders are looked up
     * @param suffixes the public suffixes the resolved patterns are checked against
     */
    public CorsStartup(String filter, PlaceholderResolver resolver, PublicSuffixes suffixes) {
        this.filter = filter;
        this.resolver = resolver;
        this.suffixes = suffixes;
    }

    /**
     * Builds a policy whose origins contain placeholders: each is resolved, the resulting origin list is
     * checked with {@link OriginRules#check} and the policy built from it.
     *
     * @param policy the policy as written, placeholders in its origins
     * @return the policy with the resolved origins, or {@code null} when they break a rule: the problem is
     *     recorded and {@link #finish} throws it, so a {@code null} is never served
     */
    public CorsPolicy resolve(CorsPolicy.Builder policy) {
        List<String> declared = policy.declaredOrigins();
        List<String> resolved = new ArrayList<>();
        Map<String, Resolution> sourceOf = new LinkedHashMap<>();
        List<Resolution> used = new ArrayList<>();
        boolean failed = false;
        for (String value : declared) {
            if (!OriginPlaceholder.isPlaceholder(value)) {
                resolved.add(value);
                continue;
            }
            OriginPlaceholder placeholder;
            try {
                placeholder = OriginPlaceholder.parse(value);
            } catch (IllegalArgumentException e) { // the processor refuses these; a hand-written policy may not
                add(problems, value + " breaks rule " + OriginProblem.Rule.PLACEHOLDER_SYNTAX.id() + ": " + e.getMessage(), "");
                failed = true;
                continue;
            }
            Resolution r = resolver.resolve(placeholder);
            resolutions.putIfAbsent(value, r);
            used.add(r);
            if (r.source() == PlaceholderResolver.Source.NONE) {
                add(problems, r.describe() + " breaks rule " + OriginProblem.Rule.UNRESOLVED_PLACEHOLDER.id()
                        + ": a placeholder without default must be set; set " + placeholder.name()
                        + " (system property or environment variable) to a comma-separated list of origins, e.g. "
                        + placeholder.name() + "=https://app.example.com, or write a default: \"${"
                        + placeholder.name() + ":https://app.example.com}\"", "");
                failed = true;
                continue;
            }
            for (String origin : r.origins()) {
                resolved.add(origin);
                sourceOf.putIfAbsent(origin, r);
            }
        }
        if (failed) {
            return null;
        }
        boolean credentials = policy.declaredCredentials();
        for (OriginProblem p : OriginRules.check(resolved, credentials, policy.declaredPrivateNetwork(), suffixes)) {
            String where = where(p, sourceOf, used);
            String message = p.rule() != OriginProblem.Rule.EMPTY_LIST ? p.message()
                    : "the policy is left with no origin at all; set it to at least one origin, or list origins"
                    + " in the annotation next to the placeholder";
            add(p.isError() ? problems : warnings, where + " breaks rule " + p.rule().id() + ": " + message,
                    " [in the policy with origins " + declared + (credentials ? ", credentials = true" : "")
                            + (policy.declaredPrivateNetwork() ? ", privateNetwork = true" : "") + "]");
            failed |= p.isError();
        }
        if (failed) {
            return null;
        }
        try {
            return policy.origins(resolved).publicSuffixes(suffixes).build();
        } catch (IllegalArgumentException e) {
            add(problems, e.getMessage(), "");
            return null;
        }
    }

    private static void add(Map<String, String> lines, String problem, String context) {
        lines.putIfAbsent(problem, problem + context);
    }

    /** @return which placeholder(s) a problem is about, with the value each resolved to and where from */
    private static String where(OriginProblem p, Map<String, Resolution> sourceOf, List<Resolution> used) {
        Resolution r = p.value() == null ? null : sourceOf.get(p.value());
        if (r != null) {
            return r.describe();
        }
        StringJoiner all = new StringJoiner(" and ");
        used.forEach(u -> all.add(u.describe()));
        return all.toString();
    }

    /**
     * @param policy a policy of the filter, or {@code null} (no policy on that route)
     * @param label the route, e.g. {@code GET /orders/{id}}
     * @return the policy naming its route (for debug lines), or {@code null}
     */
    public CorsPolicy route(CorsPolicy policy, String label) {
        if (policy == null) {
            return null;
        }
        CorsPolicy named = policy.forRoute(label);
        routes.add(named);
        return named;
    }

    /**
     * Builds the filter's route table from its text form ({@link RouteTableText}), each {@code P<k>} entry
     * the {@code k}th policy named after its route ({@link #route}).
     *
     * @param policies the filter's policies, {@code P0} first
     * @param table the table's text, in parts of whole lines
     * @return the route table
     * @throws IllegalArgumentException for a malformed table or a policy index out of range
     */
    public RouteTable<CorsPolicy> routes(CorsPolicy[] policies, String... table) {
        return RouteTableText.parse((k, label) -> {
            if (k >= policies.length) {
                throw new IllegalArgumentException("policy P" + k + " of route " + label + " does not exist ("
                        + policies.length + " policies)");
            }
            return route(policies[k], label);
        }, table);
    }

    /**
     * The module of a generated filter: its policies and its table, which is read once here (so that a
     * malformed table fails the start-up, and each route's policy is named for the log lines).
     *
     * @param policies the module's policies, {@code P0} first
     * @param table the table's text ({@link RouteTableText}), in parts of whole lines
     * @return the module, for {@link CorsFilter#register}
     * @throws IllegalArgumentException for a malformed table or a policy index out of range
     */
    public CorsModule module(CorsPolicy[] policies, String... table) {
        RouteTable.Builder<CorsPolicy> check = RouteTable.builder(CorsPolicy::narrowest);
        RouteTableText.parseInto(check, 0, (k, label) -> route(policy(policies, k, label), label),
                (key, k, label) -> {
                    if (k >= 0) {
                        policy(policies, k, label);
                    }
                }, table);
        check.build();
        return new CorsModule(filter, policies, table);
    }

    private static CorsPolicy policy(CorsPolicy[] policies, int k, String label) {
        if (k >= policies.length) {
            throw new IllegalArgumentException("policy P" + k + " of route " + label + " does not exist ("
                    + policies.length + " policies)");
        }
        return policies[k];
    }

    /**
     * @param table the filter's route table or module, built with {@link #module}, {@link #routes} or {@link #route}
     * @return {@code table}
     * @throws CorsStartupException listing every problem found by {@link #resolve}
     */
    public <T> T finish(T table) {
        if (!problems.isEmpty()) {
            StringBuilder m = new StringBuilder("corsgen: ").append(filter).append(" cannot start: origins resolved")
                    .append(" at start-up break the CORS rules (").append(problems.size())
                    .append(problems.size() == 1 ? " problem" : " problems")
                    .append("), and nothing is served with such a policy:");
            problems.values().forEach(p -> m.append("\n  - ").append(p));
            throw new CorsStartupException(m.toString(), new ArrayList<>(problems.values()));
        }
        for (String w : warnings.values()) {
            LOG.log(Level.WARNING, "corsgen: " + filter + ": " + w);
        }
        if (LOG.isLoggable(Level.INFO)) {
            LOG.log(Level.INFO, summary());
        }
        if (LOG.isLoggable(Level.DEBUG)) {
            StringBuilder b = new StringBuilder("corsgen: ").append(filter).append(": the policy of each route:");
            for (CorsPolicy p : routes) {
                b.append("\n  ").append(describe(p));
            }
            LOG.log(Level.DEBUG, b.toString());
        }
        return table;
    }

    /** @return the start-up line: routes, policies, and every placeholder's value and source */
    String summary() {
        Set<CorsPolicy> distinct = new HashSet<>(routes);
        StringBuilder b = new StringBuilder("corsgen: ").append(filter).append(" applies ")
                .append(distinct.size()).append(distinct.size() == 1 ? " CORS policy" : " CORS policies")
                .append(" on ").append(routes.size()).append(routes.size() == 1 ? " route" : " routes");
        if (resolutions.isEmpty()) {
            return b.append("; no origins come from placeholders").toString();
        }
        b.append("; origins resolved at start-up:");
        resolutions.values().forEach(r -> b.append(' ').append(r.describe()).append(" gives ").append(r.origins())
                .append(';'));
        b.append(" patterns checked against ").append(suffixes == PublicSuffixes.SINGLE_LABEL
                ? "single-label public suffixes only (add Guava to the class path for the Public Suffix List)"
                : suffixes.toString());
        return b.toString();
    }

    /** @return e.g. {@code GET /orders: origins [...], credentials true, methods [GET], ...} */
    static String describe(CorsPolicy p) {
        return p.route() + ": origins " + p.origins() + ", credentials " + p.credentials() + ", methods "
                + p.methods() + ", allowed headers " + p.allowedHeaders().describe()
                + ", exposed headers " + p.exposedHeaders() + ", max-age " + p.maxAge() + ", private network "
                + p.privateNetwork();
    }
}
