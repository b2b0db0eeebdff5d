package org.corsgen.conformance.generated;

import static org.corsgen.conformance.generated.IssueCases.OPEN;
import static org.corsgen.conformance.generated.IssueCases.STRICT;
import static org.corsgen.conformance.generated.IssueCases.assertAllowedPreflight;
import static org.corsgen.conformance.generated.IssueCases.assertRefusedPreflight;
import static org.corsgen.conformance.generated.IssueCases.policy;
import static org.corsgen.testsupport.CorsHeaders.ACAC;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.corsgen.testsupport.Http;
import org.corsgen.conformance.generated.ResourceSet.Module;
import org.corsgen.conformance.generated.ResourceSet.ResourceClass;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, case 2: templates of equal specificity, {@code {n: [0-9]+}} (OPEN + credentials) and
 * {@code {w: [a-z0-9]+}} (STRICT), for GET and DELETE, in one class ({@code tie2}) and as two root classes
 * ({@code rt2}). {@code 7} matches both, and which one runs is the container's choice (Jersey and RESTEasy
 * differ across root classes): the grant follows the method that ran, and a preflight that cannot know which
 * will run is refused. {@code abc} matches {@code {w}} only.
 */
class TemplateTieCaseTest {

    static Deployment deployment;
    static Http http;
    /** Method id to whether its policy is OPEN + credentials (else STRICT, without). */
    static final Map<String, Boolean> IS_OPEN = new HashMap<>();

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        ResourceSet set = new ResourceSet("issue 11, case 2 (equally specific templates)", IssueCases.PREFIX);
        Module a = set.module("A", true);
        ResourceClass tie = a.root("Tie2", "tie2", null);
        for (String verb : List.of("GET", "DELETE")) {
            String v = verb.toLowerCase(Locale.ROOT);
            IS_OPEN.put(tie.method(v + "Number", verb, "{n: [0-9]+}", policy(OPEN, true, "GET", "DELETE")).id(), true);
            IS_OPEN.put(tie.method(v + "Word", verb, "{w: [a-z0-9]+}", policy(STRICT, false, "GET", "DELETE")).id(),
                    false);
        }
        ResourceClass number = a.root("Rt2Number", "rt2/{n: [0-9]+}", policy(OPEN, true, "GET", "DELETE"));
        ResourceClass word = a.root("Rt2Word", "rt2/{w: [a-z0-9]+}", policy(STRICT, false, "GET", "DELETE"));
        for (String verb : List.of("GET", "DELETE")) {
            String v = verb.toLowerCase(Locale.ROOT);
            IS_OPEN.put(number.method(v, verb, null, null).id(), true);
            IS_OPEN.put(word.method(v, verb, null, null).id(), false);
        }
        deployment = Deployment.start(CompiledSet.compile(set, dir), ClassPathOrder.DECLARED);
        http = deployment.http();
    }

    @AfterAll
    static void stop() throws Exception {
        deployment.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tie2", "rt2"})
    void anActualRequestOnATieIsGrantedExactlyAsTheMethodThatRanAllows(String area) throws Exception {
        for (String origin : List.of(OPEN, STRICT)) {
            HttpResponse<String> r = http.send("GET", "i11/" + area + "/7", "Origin", origin);
            String ran = IssueCases.ran(r);
            assertNotNull(ran, "a method must run; headers " + r.headers().map());
            boolean ranOpen = IS_OPEN.get(ran);
            boolean allowed = origin.equals(ranOpen ? OPEN : STRICT);
            assertEquals(allowed ? List.of(origin) : List.of(), Http.all(r, ACAO), "GET " + area + "/7 from " + origin
                    + " ran " + ran + " (" + (ranOpen ? "OPEN + credentials" : "STRICT") + "); headers "
                    + r.headers().map());
            assertEquals(allowed && ranOpen ? List.of("true") : List.of(), Http.all(r, ACAC), "headers "
                    + r.headers().map());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tie2", "rt2"})
    void aDeletePreflightOnATieIsRefusedFromOpen(String area) throws Exception {
        assertRefusedPreflight(http.preflight("i11/" + area + "/7", OPEN, "DELETE"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tie2", "rt2"})
    void aDeletePreflightOnATieIsRefusedFromStrict(String area) throws Exception {
        assertRefusedPreflight(http.preflight("i11/" + area + "/7", STRICT, "DELETE"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tie2", "rt2"})
    void aDeletePreflightWhereOnlyTheWordTemplateMatchesIsAllowedFromStrict(String area) throws Exception {
        assertAllowedPreflight(STRICT, http.preflight("i11/" + area + "/abc", STRICT, "DELETE"));
    }
}
