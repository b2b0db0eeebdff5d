package org.corsgen.runtime.origin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corsgen.runtime.origin.OriginProblem.Rule;
import org.corsgen.runtime.origin.OriginProblem.Severity;
import org.corsgen.runtime.rules.Quote;

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
        return checkList(origins, credentials, privateNetwork, suffixes, false);
    }

    /**
     * Checks an {@code origins} list as written in {@code @CrossOrigin}, which may contain
     * {@linkplain OriginPlaceholder placeholders}: what the processor applies at compile time.
     *
     * <ul>
     *   <li>A malformed placeholder is an error ({@link Rule#PLACEHOLDER_SYNTAX}).</li>
     *   <li>The literal origins are checked as {@link #check} does.</li>
     *   <li>A placeholder's default is known at compile time: its origins are checked together with the
     *       literal ones, by every rule (so {@code "${CORS_ORIGINS:*}"} with credentials is an error now,
     *       not at start-up). Their problems carry the placeholder as {@link OriginProblem#value()} and a
     *       message that starts with {@code the default of "${...}": }.</li>
     *   <li>A placeholder without default counts as "other origins" next to {@code "*"}, and a list with
     *       one is not empty. What the resolved values bring is checked at start-up, with {@link #check},
     *       by the generated filter.</li>
     * </ul>
     *
     * @return all problems, errors and warnings; empty when the list is valid
     */
    public static List<OriginProblem> checkDeclared(List<String> origins, boolean credentials,
            boolean privateNetwork, PublicSuffixes suffixes) {
        if (origins == null || origins.isEmpty()) {
            return check(origins, credentials, privateNetwork, suffixes);
        }
        List<OriginProblem> out = new ArrayList<>();
        List<String> expanded = new ArrayList<>();
        Map<String, String> fromDefault = new HashMap<>();
        Set<String> literals = new HashSet<>();
        Set<String> placeholders = new HashSet<>();
        List<OriginPlaceholder> emptyDefaults = new ArrayList<>();
        boolean withoutDefault = false;
        for (String v : origins) {
            if (!OriginPlaceholder.isPlaceholder(v)) {
                expanded.add(v);
                literals.add(v);
                continue;
            }
            String problem = OriginPlaceholder.syntaxProblem(v);
            if (problem != null) {
                out.add(error(Rule.PLACEHOLDER_SYNTAX, v, problem));
            } else if (!placeholders.add(v)) {
                out.add(new OriginProblem(Severity.WARNING, Rule.DUPLICATE, v, "placeholder "
                        + Quote.of(v) + " is listed more than once; remove the repetition"));
            } else {
                OriginPlaceholder p = OriginPlaceholder.parse(v);
                if (!p.hasDefault()) {
                    withoutDefault = true;
                    continue;
                }
                List<String> items = OriginPlaceholder.split(p.defaultValue());
                if (items.isEmpty()) {
                    emptyDefaults.add(p);
                }
                for (String item : items) {
                    expanded.add(item);
                    fromDefault.putIfAbsent(item, v);
                }
            }
        }
        if (expanded.isEmpty() && !withoutDefault) {
            if (!emptyDefaults.isEmpty()) {
                OriginPlaceholder p = emptyDefaults.get(0);
                out.add(error(Rule.EMPTY_LIST, p.text(), "the default of " + Quote.of(p.text())
                        + " is empty and no other origin is listed, so start-up fails whenever " + p.name()
                        + " is not set; write a default, e.g. "
                        + Quote.of("${" + p.name() + ":https://app.example.com}") + ", or list origins"));
            }
            return List.copyOf(out); // otherwise every element was a malformed placeholder, reported above
        }
        for (OriginProblem p : checkList(expanded, credentials, privateNetwork, suffixes, withoutDefault)) {
            String placeholder = p.value() == null || literals.contains(p.value()) ? null : fromDefault.get(p.value());
            out.add(placeholder == null ? p : new OriginProblem(p.severity(), p.rule(), placeholder,
                    "the default of " + Quote.of(placeholder) + ": " + p.message()));
        }
        return List.copyOf(out);
    }

    /**
     * @param placeholdersToCome whether placeholders (resolved at start-up) stand next to {@code origins}:
     *     then an empty list is no problem yet, and {@code "*"} is mixed with other origins
     */
    private static List<OriginProblem> checkList(List<String> origins, boolean credentials, boolean privateNetwork,
            PublicSuffixes suffixes, boolean placeholdersToCome) {
        PublicSuffixes ps = suffixes == null ? PublicSuffixes.NONE : suffixes;
        List<OriginProblem> out = new ArrayList<>();
        if (origins == null || origins.isEmpty()) {
            if (!placeholdersToCome) {
                out.add(error(Rule.EMPTY_LIST, null, "no origins: write origins = {...} on the package, class or method"));
            }
            return List.copyOf(out);
        }
        boolean others = placeholdersToCome;
        for (String v : origins) {
            others |= !"*".equals(v);
        }
        Set<String> seen = new HashSet<>();
        for (String v : origins) {
            if (!seen.add(v)) {
                out.add(new OriginProblem(Severity.WARNING, Rule.DUPLICATE, v,
                        "origin " + Quote.of(v) + " is listed more than once; remove the repetition"));
            } else if ("*".equals(v)) {
                checkWildcard(out, others, credentials, privateNetwork);
            } else if (OriginPlaceholder.isPlaceholder(v)) {
                out.add(error(Rule.PLACEHOLDER_IN_VALUE, v, "origin " + Quote.of(v) + " is a placeholder"
                        + " where only origins can be: placeholders are resolved once, at start-up, from"
                        + " @CrossOrigin(origins = ...) and never inside a resolved value; write the origins"
                        + " themselves, e.g. \"https://app.example.com\""));
            } else {
                ParsedOrigin p = ParsedOrigin.parse(v, ps);
                out.addAll(p.problems());
                if (credentials && !p.hasError() && p.scheme().equals("http") && !p.isLoopback()) {
                    String https = p.withScheme("https");
                    out.add(new OriginProblem(Severity.WARNING, Rule.INSECURE_WITH_CREDENTIALS, v, "origin "
                            + Quote.of(v) + " is plain http with credentials = true: anyone on the network"
                            + " path can impersonate that origin and act with the user's cookies; serve the page over"
                            + " https and write " + Quote.of(https)));
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
