package org.corsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

import org.corsgen.conformance.RoutingCorpus.Probe;
import org.corsgen.conformance.observe.MatchObserver;
import org.corsgen.conformance.observe.PathObserver;
import org.corsgen.testsupport.CorsHeaders;
import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Differential routing: for every request of {@link RoutingCorpus}, the policy the pre-matching route table
 * picks for its preflight (visible as {@code Access-Control-Allow-Headers: Content-Type,X-Route-<method>} or
 * {@code X-Route-Class-<class>}: the fixture's policies name themselves) must be the policy of the resource
 * method the container matched for the actual request ({@code X-Matched}, from {@link MatchObserver}'s
 * {@code ResourceInfo}). Where the container matched none, the table must say so too: 405, a refused
 * preflight; 404, a class fallback or nothing.
 *
 * <p>The table follows Jersey. Every disagreement must be one of the {@link Difference}s, each a documented
 * container difference (README, "Known container differences") seen on that runtime only; and each
 * difference listed for a runtime must show up there, so that the list cannot outlive the behaviour.
 */
@ExtendWith(ConformanceServer.class)
class DifferentialRoutingTest {

    static Http http;

    @BeforeAll
    static void start(Server s) {
        http = s.http();
    }

    /** The table's pick when it narrowed several methods' policies (equally specific templates). */
    static final String NARROWED = "(narrowed)";

    /** The fixture whose templates {@code {a}/b} and {@code a/{x}} are equally specific: {@code r/c/a/b} matches both. */
    private static final String TIED_TEMPLATES = "r/c/";

    /** What one request showed. */
    record Observation(int status, boolean reachedJakartaRest, String matched, String pick, String allow) {
        boolean pickIsMethod() {
            return pick != null && !pick.startsWith("Class-") && !pick.equals(NARROWED);
        }
    }

    private static final Pattern LOWER_CASE_ESCAPE = Pattern.compile("%([0-9a-f][a-f]|[a-f][0-9a-f])");

    /** Fixture roots that share paths with a more specific root ({@code r/things/{id}}, {@code r/split/{n: ..}}). */
    private static final List<String> OVERLAPPED_ROOTS = List.of("r/things/", "r/split/");

    /** The documented container differences: the runtime, and the disagreements they explain. */
    enum Difference {
        /**
         * RESTEasy stays in the most specific root class whose template matches the start of the path: 404
         * when that class has nothing for the rest of the path, 405 when it lacks the method, where Jersey
         * goes on to a less specific root that serves the request.
         */
        RESTEASY_STAYS_IN_THE_FIRST_MATCHING_ROOT(ContainerUnderTest.RESTEASY, (p, o) ->
                o.matched() == null && o.pickIsMethod() && (o.status() == 404 || o.status() == 405 && servesVerb(o.pick(), p))
                        && OVERLAPPED_ROOTS.stream().anyMatch(withoutMatrix(p)::startsWith)),
        /** RESTEasy answers 404 when matrix parameters follow a final {@code /} ({@code x/;v=1}). */
        RESTEASY_MATRIX_PARAMETERS_AFTER_A_FINAL_SLASH(ContainerUnderTest.RESTEASY, (p, o) ->
                p.path().contains("/;") && p.path().indexOf('/', p.path().indexOf("/;") + 1) < 0 && o.status() == 404
                        && o.matched() == null && o.pickIsMethod()),
        /**
         * Grizzly (Jersey's SE server) refuses a path with {@code %2F} (500) before Jakarta REST sees the
         * request: no filter runs, so neither does the table.
         */
        GRIZZLY_REFUSES_ENCODED_SLASHES(ContainerUnderTest.JERSEY, (p, o) ->
                p.path().toUpperCase(Locale.ROOT).contains("%2F") && o.status() == 500 && !o.reachedJakartaRest()
                        && o.pick() == null);

        final ContainerUnderTest runtime;
        final BiPredicate<Probe, Observation> explains;

        Difference(ContainerUnderTest runtime, BiPredicate<Probe, Observation> explains) {
            this.runtime = runtime;
            this.explains = explains;
        }
    }

    @Test
    void routeTablePicksThePolicyOfTheMethodTheContainerMatches() throws Exception {
        List<Probe> probes = RoutingCorpus.probes();
        assertTrue(probes.size() >= 200, "corpus of " + probes.size());
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<Difference, Integer> explained = new EnumMap<>(Difference.class);
        List<String> unexplained = new ArrayList<>();
        for (Probe probe : probes) {
            Observation o = observe(probe);
            String verdict = verdict(probe, o);
            outcomes.merge(verdict, 1, Integer::sum);
            if (verdict.startsWith("agree")) {
                continue;
            }
            Difference difference = null;
            for (Difference d : Difference.values()) {
                if (d.runtime == ContainerUnderTest.current() && d.explains.test(probe, o)) {
                    difference = d;
                    break;
                }
            }
            if (difference == null) {
                unexplained.add(verdict + ": " + probe + " -> " + o);
            } else {
                explained.merge(difference, 1, Integer::sum);
            }
        }
        System.out.println(ContainerUnderTest.describe() + ": " + probes.size() + " requests, " + outcomes
                + ", documented differences " + explained);
        assertEquals(List.of(), unexplained, unexplained.size() + " disagreements on " + ContainerUnderTest.describe()
                + " that no documented container difference explains");
        for (Difference d : Difference.values()) {
            if (d.runtime == ContainerUnderTest.current()) {
                assertTrue(explained.containsKey(d), d + " is documented for " + ContainerUnderTest.describe()
                        + " but did not happen: update the README and this list");
            }
        }
        assertTrue(outcomes.getOrDefault("agree: matched", 0) >= 400, "too few matched requests: " + outcomes);
        assertTrue(outcomes.getOrDefault("agree: narrowed", 0) > 0, "the tie of r/c was not exercised: " + outcomes);
    }

    /**
     * The container's match from the actual request; the table's pick from a preflight for the same path and
     * method (asking for {@code content-type}, so the allowed-headers list, which names the fixture's policy,
     * comes back whole). A preflight the table refuses (its pick does not allow the method: a 405 forecast)
     * picks nothing.
     */
    static Observation observe(Probe probe) throws Exception {
        HttpResponse<String> r = http.send(probe.method(), probe.path(), "Origin", Origins.APP);
        HttpResponse<String> preflight = http.send("OPTIONS", probe.path(), "Origin", Origins.APP, CorsHeaders.ACRM,
                probe.method(), CorsHeaders.ACRH, "content-type");
        String pick = null;
        String allowed = preflight.statusCode() == 204 ? Http.one(preflight, CorsHeaders.ACAH) : null;
        if (allowed != null) {
            for (String name : CorsHeaders.tokens(allowed)) {
                if (name.startsWith("X-Route-")) {
                    pick = name.substring("X-Route-".length());
                }
            }
            if (pick == null) {
                pick = NARROWED; // only what several policies all allow: none names itself
            }
        }
        return new Observation(r.statusCode(), Http.one(r, PathObserver.PATH) != null, Http.one(r, MatchObserver.MATCHED),
                pick, Http.one(r, "Allow"));
    }

    /** @return "agree: ..." or the kind of disagreement */
    static String verdict(Probe probe, Observation o) {
        if (!o.reachedJakartaRest()) {
            return "the server answered " + o.status() + " before Jakarta REST";
        }
        if (o.matched() != null) {
            if (NARROWED.equals(o.pick())) {
                // Jersey and RESTEasy order equally specific templates differently: the table narrows them
                // and RESTEasy compares percent-encoded literals case-sensitively (caf%c3%a9), Jersey does not:
                // the table narrows both outcomes
                return withoutMatrix(probe).startsWith(TIED_TEMPLATES) || LOWER_CASE_ESCAPE.matcher(probe.path()).find()
                        ? "agree: narrowed" : "narrowed elsewhere";
            }
            if (!o.matched().equals(o.pick())) {
                return "the container matched another method";
            }
            if (!servesVerb(o.matched(), probe)) {
                throw new AssertionError("fixture names must start with their HTTP method: " + o.matched() + " for " + probe);
            }
            return "agree: matched";
        }
        if (o.status() == 405) {
            // the preflight for a method that no method at the path serves must not be allowed
            return o.pick() == null ? "agree: 405" : "405, but the table allowed a preflight for it";
        }
        if (o.status() == 404) {
            return o.pickIsMethod() ? "404, but the table picked a method" : "agree: 404";
        }
        return "status " + o.status();
    }

    /** Whether the fixture method {@code name} serves the probe's method (HEAD is served by GET). */
    static boolean servesVerb(String name, Probe probe) {
        String verb = verbOf(name);
        return verb.equals(probe.method()) || "HEAD".equals(probe.method()) && verb.equals("GET");
    }

    /** The fixture's method names start with their HTTP method: {@code getItem}, {@code putItem}, ... */
    static String verbOf(String method) {
        int i = 0;
        while (i < method.length() && Character.isLowerCase(method.charAt(i))) {
            i++;
        }
        return method.substring(0, i).toUpperCase(Locale.ROOT);
    }

    private static String withoutMatrix(Probe probe) {
        return probe.path().replaceAll(";[^/]*", "");
    }
}
