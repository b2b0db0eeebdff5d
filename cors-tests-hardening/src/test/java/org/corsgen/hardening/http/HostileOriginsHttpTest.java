package org.corsgen.hardening.http;

import static org.corsgen.testsupport.CorsHeaders.ACAC;
import static org.corsgen.testsupport.CorsHeaders.ACAH;
import static org.corsgen.testsupport.CorsHeaders.ACAM;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACEH;
import static org.corsgen.testsupport.CorsHeaders.ACRH;
import static org.corsgen.testsupport.CorsHeaders.ACRM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.corsgen.testsupport.CorsHeaders;
import org.corsgen.testsupport.RawHttp;

/**
 * The hostile-origin corpus ({@code hostile-origins.txt}) against four policies (one exact origin, several exact
 * origins, patterns, {@code *}) on real Jersey + Grizzly over real HTTP: for every origin and policy, a
 * preflight and an actual request, each asserting allowed or refused as the corpus says, no server error,
 * and that a refused value never comes back in any response header.
 */
class HostileOriginsHttpTest {

    private static final String POLICIES = "ESPA";
    private static final String[] PATHS = {"/api/exact", "/api/several", "/api/patterns", "/api/any"};

    static HardeningServer server;
    static Wire wire;
    static List<HostileOrigins.Entry> corpus;
    static final AtomicInteger requests = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        corpus = HostileOrigins.load();
        server = HardeningServer.start();
        wire = new Wire(server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (wire != null) {
            System.out.printf("hostile-origin corpus: %d origins x %d policies, %d requests over HTTP (%d over a plain"
                    + " socket)%n", corpus.size(), PATHS.length, requests.get(), wire.rawCount.get());
        }
    }

    @Test
    void theCorpusHasAtLeastAHundredDistinctOrigins() {
        Set<String> distinct = new HashSet<>();
        for (HostileOrigins.Entry e : corpus) {
            assertTrue(distinct.add(e.origin()), () -> "line " + e.line() + " repeats " + HostileOrigins.show(e.origin()));
        }
        assertTrue(distinct.size() >= 100, "only " + distinct.size() + " origins");
    }

    @TestFactory
    Stream<DynamicTest> everyOriginAgainstEveryPolicy() {
        return corpus.stream().map(e -> DynamicTest.dynamicTest("line " + e.line() + " " + HostileOrigins.show(e.origin())
                + " allowed by [" + e.expected() + "]", () -> check(e)));
    }

    private static void check(HostileOrigins.Entry e) throws Exception {
        boolean self = e.origin().equals("${self}");
        String origin = self ? server.origin() : e.origin();
        String seen = self ? origin : e.seen();
        for (int p = 0; p < PATHS.length; p++) {
            char policy = POLICIES.charAt(p);
            boolean allowed = e.allowedBy(policy);
            boolean any = policy == 'A';
            boolean credentials = policy == 'E' || policy == 'S';
            String what = "line " + e.line() + ", " + PATHS[p];

            RawHttp.Answer pre = wire.send("OPTIONS", PATHS[p], "Origin", origin, ACRM, "PUT", ACRH, "content-type");
            RawHttp.Answer act = wire.send("GET", PATHS[p], "Origin", origin);
            requests.addAndGet(2);
            Answers.assertSane(pre, what + " preflight");
            Answers.assertSane(act, what + " GET");
            Answers.assertNotReflected(pre, origin, allowed && !any ? seen : null, what + " preflight");
            Answers.assertNotReflected(act, origin, allowed && !any ? seen : null, what + " GET");

            if (!e.allowedBy('A')) {
                // the server refuses the request line or headers before any filter or resource runs
                assertEquals(400, pre.status(), () -> what + " preflight: " + pre);
                assertEquals(400, act.status(), () -> what + " GET: " + act);
                CorsHeaders.assertNoCorsHeaders(pre, what);
                CorsHeaders.assertNoCorsHeaders(act, what);
                continue;
            }
            if (allowed) {
                assertEquals(204, pre.status(), () -> what + " preflight must be allowed: " + pre);
                assertEquals(any ? "*" : seen, pre.one(ACAO), () -> what + " preflight: " + pre);
                assertTrue(CorsHeaders.lowerTokens(pre.one(ACAM)).contains("put"), () -> what + " preflight: " + pre);
                assertTrue(CorsHeaders.lowerTokens(pre.one(ACAH)).contains("content-type"), () -> what + " preflight: " + pre);
                assertEquals(credentials ? "true" : null, pre.one(ACAC), () -> what + " preflight: " + pre);

                assertEquals(200, act.status(), () -> what + " GET: " + act);
                assertEquals(any ? "*" : seen, act.one(ACAO), () -> what + " GET must be allowed: " + act);
                assertEquals(credentials ? "true" : null, act.one(ACAC), () -> what + " GET: " + act);
                assertEquals(policy == 'E' ? "X-Trace" : null, act.one(ACEH), () -> what + " GET: " + act);
            } else {
                if (self) {
                    // same origin: not a CORS request, so the OPTIONS goes on to the application
                    assertEquals(200, pre.status(), () -> what + " same-origin OPTIONS: " + pre);
                    assertTrue(pre.one("Allow") != null, () -> what + " answered by the container: " + pre);
                } else {
                    assertEquals(403, pre.status(), () -> what + " preflight must be refused: " + pre);
                }
                CorsHeaders.assertNoCorsHeaders(pre, what + " preflight");
                assertEquals(200, act.status(), () -> what + " GET: the request goes on: " + act);
                CorsHeaders.assertNoCorsHeaders(act, what + " GET");
                assertNull(act.one(ACAO));
            }
            if (!any) {
                assertTrue(CorsHeaders.lowerTokens(act, "Vary").contains("origin"), () -> what + " GET must vary on Origin: " + act);
                if (!self || allowed) {
                    assertTrue(CorsHeaders.lowerTokens(pre, "Vary").containsAll(List.of("origin", "access-control-request-method",
                            "access-control-request-headers")), () -> what + " preflight Vary: " + pre);
                }
            }
        }
    }
}
