package org.corsgen.conformance.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.corsgen.conformance.ContainerUnderTest;
import org.corsgen.testsupport.CorsHeaders;
import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential test of issue 11: seeded, generated resource sets ({@link ResourceSetGenerator}: two
 * corsgen modules and a plain one, competing templates, media-type variants, locators returning subclasses)
 * compiled in the test with the corsgen processor, deployed in both class-path orders on the container under
 * test, and probed over real HTTP ({@link RequestPlan}); every exchange is checked against
 * {@link CorsInvariant}, "never wider than the method that runs", with the resource method that ran named by
 * the response itself.
 *
 * <p>{@value #SEEDS} sets the number of sets (default {@value #DEFAULT_SEEDS}: about a minute, some 100,000
 * requests); the first seed is random unless {@value #SEED} fixes it (the failure message says which to use);
 * {@value #DIR} keeps the generated sources and classes in a directory.
 */
class DifferentialPolicyTest {

    static final String SEEDS = "corsgen.differential.seeds";
    static final String SEED = "corsgen.differential.seed";
    /** A directory to keep the generated sources and classes in (default: a temporary one, deleted). */
    static final String DIR = "corsgen.differential.dir";
    static final int DEFAULT_SEEDS = 40;
    private static final int SHOWN = 20;
    private static final int PRINTED = 50_000;

    /** What one run checked, for its summary and for the checks that the run was not vacuous. */
    private static final class Tally {
        int sets;
        int deployments;
        int actuals;
        int preflights;
        int allowedPreflights;
        int followUps;
        int followUpsThatRan;
        int nothingRan;
        /** Of actual requests and follow-ups. */
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final Map<String, Integer> grantsByModule = new TreeMap<>();
        final Map<String, Integer> ranByModule = new TreeMap<>();
        final Map<String, Integer> violationsByRule = new TreeMap<>();
        final List<String> violations = new ArrayList<>();

        int requests() {
            return actuals + preflights + followUps;
        }
    }

    @Test
    void noGrantIsWiderThanTheMethodThatRuns(@TempDir Path temporary) throws Exception {
        Path dir = System.getProperty(DIR) == null ? temporary : Path.of(System.getProperty(DIR));
        String fixed = System.getProperty(SEED);
        int seeds = Integer.getInteger(SEEDS, fixed == null ? DEFAULT_SEEDS : 1);
        long first = fixed != null ? Long.parseLong(fixed.strip()) : new SecureRandom().nextInt(1 << 24);
        long started = System.nanoTime();
        Tally tally = new Tally();
        for (long seed = first; seed < first + seeds; seed++) {
            ResourceSet set = ResourceSetGenerator.generate(seed);
            CompiledSet compiled = CompiledSet.compile(set, dir);
            CorsInvariant invariant = new CorsInvariant(set);
            RequestPlan plan = new RequestPlan(set, seed);
            List<Request> actuals = new ArrayList<>();
            List<Request> preflights = new ArrayList<>();
            for (String path : plan.paths()) {
                actuals.addAll(plan.actuals(path));
                preflights.addAll(plan.preflights(path));
            }
            tally.sets++;
            for (ClassPathOrder order : ClassPathOrder.values()) {
                try (Deployment d = Deployment.start(compiled, order)) {
                    assertModulesActive(d, set);
                    tally.deployments++;
                    probe(d, invariant, actuals, preflights, tally);
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String where = ContainerUnderTest.describe();
        System.out.println(where + ": differential policy test, seeds " + first + ".." + (first + seeds - 1) + ": "
                + tally.sets + " sets, " + tally.deployments + " deployments, " + tally.requests() + " requests ("
                + tally.actuals + " actual, " + tally.preflights + " preflights of which " + tally.allowedPreflights
                + " allowed, " + tally.followUps + " follow-ups), " + tally.violations.size() + " violations, "
                + seconds + " s; statuses " + tally.statuses + ", grants by module " + tally.grantsByModule
                + ", methods run by module " + tally.ranByModule);
        tally.violationsByRule.forEach((rule, n) -> System.out.println("  " + n + " x " + rule));
        tally.violations.stream().limit(PRINTED).forEach(v -> System.out.println("  VIOLATION " + v));

        if (!tally.violations.isEmpty()) {
            fail(tally.violations.size() + " violations of \"never wider than the method that runs\" on " + where
                    + " (seeds " + first + ".." + (first + seeds - 1) + "; reproduce one with -D" + SEED + "=<seed> -D"
                    + SEEDS + "=1); by rule: " + tally.violationsByRule + "; the first " + Math.min(SHOWN,
                    tally.violations.size()) + ":\n" + String.join("\n", tally.violations.subList(0,
                    Math.min(SHOWN, tally.violations.size()))));
        }
        // the run was not vacuous: both corsgen modules granted, methods of all three modules ran, some
        // preflights were allowed and followed by requests that ran, some requests matched nothing
        assertTrue(tally.requests() >= 500 * tally.sets, "too few requests: " + tally.requests());
        assertTrue(tally.grantsByModule.getOrDefault("A", 0) > 0 && tally.grantsByModule.getOrDefault("B", 0) > 0,
                "no grant from one of the corsgen modules: " + tally.grantsByModule);
        assertTrue(tally.ranByModule.keySet().containsAll(List.of("A", "B", "C")), "methods run: " + tally.ranByModule);
        assertTrue(tally.allowedPreflights > 0 && tally.followUpsThatRan > 0, "no allowed preflight was followed by a"
                + " request that ran: " + tally.allowedPreflights + " allowed, " + tally.followUpsThatRan + " ran");
        assertTrue(tally.nothingRan > 0, "every request ran a method: the unmatched rules were not tried");
    }

    /** Each corsgen module's canary is granted: its CORS feature was found and registered. */
    private static void assertModulesActive(Deployment d, ResourceSet set) throws Exception {
        for (ResourceSet.Module m : set.modules()) {
            if (m.corsgen) {
                HttpResponse<String> r = d.http().send("GET", ResourceSetGenerator.canaryPath(m), "Origin",
                        ResourceSetGenerator.CANARY);
                assertEquals(List.of(ResourceSetGenerator.CANARY), Http.all(r, CorsHeaders.ACAO), "module " + m.name
                        + "'s CORS filter is not active in " + d.describe() + ": " + CorsInvariant.describe(r));
            }
        }
    }

    private static void probe(Deployment d, CorsInvariant invariant, List<Request> actuals, List<Request> preflights,
            Tally tally) throws Exception {
        Http http = d.http();
        for (Request request : actuals) {
            HttpResponse<String> r = request.send(http);
            tally.actuals++;
            count(invariant, r, tally);
            record(d, request, r, invariant.actual(request, r), tally);
        }
        for (Request preflight : preflights) {
            HttpResponse<String> r = preflight.send(http);
            tally.preflights++;
            record(d, preflight, r, invariant.preflight(preflight, r), tally);
            if (r.statusCode() != 204) {
                continue;
            }
            tally.allowedPreflights++;
            for (Request followUp : RequestPlan.followUps(preflight)) {
                HttpResponse<String> f = followUp.send(http);
                tally.followUps++;
                if (invariant.ran(f) != null) {
                    tally.followUpsThatRan++;
                }
                count(invariant, f, tally);
                record(d, followUp + " after the preflight " + preflight + " -> " + CorsInvariant.describe(r), f,
                        invariant.afterPreflight(preflight, r, followUp, f), tally);
            }
        }
    }

    private static void count(CorsInvariant invariant, HttpResponse<String> r, Tally tally) {
        tally.statuses.merge(r.statusCode(), 1, Integer::sum);
        Endpoint ran = invariant.ran(r);
        if (ran == null) {
            tally.nothingRan++;
            return;
        }
        tally.ranByModule.merge(ran.module(), 1, Integer::sum);
        if (!Http.all(r, CorsHeaders.ACAO).isEmpty()) {
            tally.grantsByModule.merge(ran.module(), 1, Integer::sum);
        }
    }

    private static void record(Deployment d, Object request, HttpResponse<String> r, List<String> broken, Tally tally) {
        for (String rule : broken) {
            tally.violationsByRule.merge(CorsInvariant.rule(rule), 1, Integer::sum);
            tally.violations.add(d.describe() + ": " + request + " -> " + CorsInvariant.describe(r) + ": " + rule);
        }
    }
}
