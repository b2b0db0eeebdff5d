package org.corsgen.runtime;

import java.util.Objects;

import org.corsgen.runtime.headers.HeaderRefusal;

/**
 * What {@link CorsEngine} decided for one CORS request: allowed, or refused and why, by which policy (whose
 * {@link CorsPolicy#route() route} names where it was registered). The engine decides once, on the one path
 * it takes whether debug mode is on or off; debug mode only formats the decision ({@link RefusalLog}).
 *
 * <p>The request's own values (its {@code Origin}, its {@code Access-Control-Request-Method}) are not copied
 * here: the request holds them. Only what the engine worked out is: the outcome and, for a refused header
 * list, which rule and which name ({@link HeaderRefusal}). So every outcome but a refused header list is a
 * constant of its policy ({@link #of}), and deciding allocates nothing on any path but that one.
 */
public final class CorsDecision {

    /** The outcome, in the order the engine checks a preflight: origin, method, requested headers. */
    public enum Outcome {
        /** Allowed: the preflight gets its 204, the response its CORS headers. */
        ALLOWED,
        /** The {@code Origin} is not one the policy allows (malformed, {@code "null"}, or not listed). */
        ORIGIN_NOT_ALLOWED,
        /** A preflight's {@code Access-Control-Request-Method} is not one HTTP token (or several lines). */
        METHOD_MALFORMED,
        /** A preflight's method is a token the policy does not allow (HEAD counts as GET). */
        METHOD_NOT_ALLOWED,
        /** A preflight's {@code Access-Control-Request-Headers} is refused ({@link #headers()} says why). */
        HEADERS_REFUSED;

        private static final Outcome[] ALL = values();
    }

    private final CorsPolicy policy;
    private final Outcome outcome;
    private final HeaderRefusal headers;

    private CorsDecision(CorsPolicy policy, Outcome outcome, HeaderRefusal headers) {
        this.policy = policy;
        this.outcome = outcome;
        this.headers = headers;
    }

    /**
     * @return the decisions without a detail of {@code policy}, by {@link Outcome#ordinal()}, made once per
     *     policy ({@link CorsPolicy}); the slot of {@link Outcome#HEADERS_REFUSED} is {@code null}
     */
    static CorsDecision[] constantsOf(CorsPolicy policy) {
        CorsDecision[] all = new CorsDecision[Outcome.ALL.length];
        for (Outcome o : Outcome.ALL) {
            if (o != Outcome.HEADERS_REFUSED) {
                all[o.ordinal()] = new CorsDecision(policy, o, null);
            }
        }
        return all;
    }

    /**
     * @param outcome any outcome but {@link Outcome#HEADERS_REFUSED}
     * @return the policy's constant for it
     */
    static CorsDecision of(CorsPolicy policy, Outcome outcome) {
        CorsDecision d = policy.decision(outcome);
        if (d == null) {
            throw new IllegalArgumentException(outcome + " needs its refusal: use headersRefused");
        }
        return d;
    }

    /** @return the decision that {@code policy} refuses a requested header list, and why */
    static CorsDecision headersRefused(CorsPolicy policy, HeaderRefusal why) {
        return new CorsDecision(policy, Outcome.HEADERS_REFUSED, Objects.requireNonNull(why));
    }

    public boolean isAllowed() {
        return outcome == Outcome.ALLOWED;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** @return the policy that decided (its {@link CorsPolicy#route()} names the route, for log lines) */
    public CorsPolicy policy() {
        return policy;
    }

    /** @return why the requested headers were refused, for {@link Outcome#HEADERS_REFUSED}; otherwise {@code null} */
    public HeaderRefusal headers() {
        return headers;
    }

    /** Equal: the same outcome and refusal, by an equal policy registered for the same route. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CorsDecision d && outcome == d.outcome && Objects.equals(headers, d.headers)
                && policy.equals(d.policy) && Objects.equals(policy.route(), d.policy.route());
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, headers, policy);
    }

    @Override
    public String toString() {
        return outcome + (headers == null ? "" : " (" + headers + ")") + " by route " + policy.route();
    }
}
