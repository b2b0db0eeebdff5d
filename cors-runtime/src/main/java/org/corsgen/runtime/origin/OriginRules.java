package org.corsgen.runtime.origin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.corsgen.runtime.origin.OriginProblem.Rule;
import org.corsgen.runtime.origin.OriginProblem.Severity;

/**
 * The one implementation of "is this a valid configured origin list". The annotation processor calls
 * it at compile time for every effective {@code @CrossOrigin} policy and turns each
 * {@link OriginProblem} into a diagnostic on the annotation value; the runtime calls it when an origin
 * list is only known at start-up. Compile time and start-up therefore can never disagree.
 *
 * <p>Accepted values: {@code "*"} alone; a serialized origin exactly as browsers send it
 * ({@code scheme://host[:port]}, schemes {@code http}/{@code https}, lower-case ASCII, IPv4, bracketed
 * lower-case IPv6, no default port, port 1-65535); and patterns: a leading {@code *.} label wildcard
 * ({@code https://*.example.com}) and/or a {@code :*} port ({@code http://localhost:*}).
 *
 * <p>Every problem of a value is reported, except where one problem makes later checks meaningless
 * (an unsupported scheme, an invalid host). Where the value can be corrected, each message ends with the
 * corrected value, which is itself free of problems.
 */
public final class OriginRules {

    private OriginRules() {
    }

    /**
     * Checks one effective policy's origin list, reporting every problem (never stopping at the first).
     *
     * @param origins the configured values, in order as written
     * @param credentials whether the policy allows credentials ({@code *}, and non-loopback {@code http://}
     *     origins, are checked against it)
     * @param privateNetwork whether the policy opts into Private Network Access ({@code *} is refused with it)
     * @param suffixes the public-suffix list used for the pattern rule ({@code null} means
     *     {@link PublicSuffixes#NONE})
     * @return all problems, errors and warnings, in the order of {@code origins}; empty when the list is valid
     */
    public static List<OriginProblem> check(List<String> origins, boolean credentials, boolean privateNetwork,
            PublicSuffixes suffixes) {
        PublicSuffixes ps = suffixes == null ? PublicSuffixes.NONE : suffixes;
        List<OriginProblem> out = new ArrayList<>();
        if (origins == null || origins.isEmpty()) {
            out.add(error(Rule.EMPTY_LIST, null, "no origins: write origins = {...} on the package, class or method"));
            return List.copyOf(out);
        }
        boolean others = false;
        for (String v : origins) {
            others |= !"*".equals(v);
        }
        Set<String> seen = new HashSet<>();
        for (String v : origins) {
            if (!seen.add(v)) {
                out.add(new OriginProblem(Severity.WARNING, Rule.DUPLICATE, v,
                        "origin " + ParsedOrigin.quote(v) + " is listed more than once; remove the repetition"));
            } else if ("*".equals(v)) {
                checkWildcard(out, others, credentials, privateNetwork);
            } else {
                ParsedOrigin p = ParsedOrigin.parse(v, ps);
                out.addAll(p.problems());
                if (credentials && !p.hasError() && p.scheme().equals("http") && !p.isLoopback()) {
                    String https = p.withScheme("https");
                    out.add(new OriginProblem(Severity.WARNING, Rule.INSECURE_WITH_CREDENTIALS, v, "origin "
                            + ParsedOrigin.quote(v) + " is plain http with credentials = true: anyone on the network"
                            + " path can impersonate that origin and act with the user's cookies; serve the page over"
                            + " https and write " + ParsedOrigin.quote(https)));
                }
            }
        }
        return List.copyOf(out);
    }

    private static void checkWildcard(List<OriginProblem> out, boolean others, boolean credentials,
            boolean privateNetwork) {
        if (credentials) {
            out.add(error(Rule.WILDCARD_WITH_CREDENTIALS, "*", "origin \"*\" cannot be combined with credentials ="
                    + " true: browsers refuse \"Access-Control-Allow-Origin: *\" on credentialed requests, and"
                    + " reflecting every origin instead would let any site act as the signed-in user; write the"
                    + " exact origins, e.g. origins = {\"https://app.example.com\"}"));
        }
        if (others) {
            out.add(error(Rule.WILDCARD_MIXED, "*", "origin \"*\" is mixed with other origins, which it already"
                    + " includes; write either {\"*\"} alone or only the exact origins"));
        }
        if (privateNetwork) {
            out.add(error(Rule.WILDCARD_WITH_PRIVATE_NETWORK, "*", "origin \"*\" cannot be combined with"
                    + " privateNetwork = true: any public website could then reach this private-network server;"
                    + " write the exact origins, e.g. origins = {\"https://app.example.com\"}"));
        }
    }

    private static OriginProblem error(Rule rule, String value, String message) {
        return new OriginProblem(Severity.ERROR, rule, value, message);
    }
}
