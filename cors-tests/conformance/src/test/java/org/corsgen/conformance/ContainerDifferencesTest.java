package org.corsgen.conformance;

import static org.corsgen.conformance.Origins.APP;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.corsgen.testsupport.Http.one;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import org.corsgen.conformance.observe.MatchObserver;
import org.junit.jupiter.api.Test;

/**
 * The container differences README lists ("Known container differences") that a CORS filter cannot fix,
 * pinned per runtime, so the README stays true: if a runtime changes, this test says so.
 */
class ContainerDifferencesTest {

    @Test
    void unmappedExceptionWithoutCatchAllMapper() throws Exception {
        try (Server server = Server.start(new Apps.WithoutCatchAllMapper(), "api/")) {
            HttpResponse<String> r = server.http().send("GET", "items/fail", "Origin", APP);
            assertEquals(500, r.statusCode());
            if (ContainerUnderTest.isJersey()) {
                // Jersey writes this 500 itself, without running response filters: no CORS headers
                assertNoCorsHeaders(r);
                assertEquals(null, one(r, MatchObserver.MATCHED), "no response filter ran");
            } else {
                assertEquals(APP, one(r, ACAO), "RESTEasy runs the response filters for it");
            }
            // the mapped exception of the same application is decorated on both
            HttpResponse<String> mapped = server.http().send("GET", "items/409", "Origin", APP);
            assertEquals(409, mapped.statusCode());
            assertEquals(APP, one(mapped, ACAO));
        }
    }

    @Test
    void encodedSlashInThePath() throws Exception {
        try (Server server = Server.start(new ConformanceApplication(), "api/")) {
            HttpResponse<String> r = server.http().send("GET", "r/files/a%2Fb", "Origin", APP);
            if (ContainerUnderTest.isJersey()) {
                // Grizzly refuses it before Jakarta REST: no filter runs
                assertEquals(500, r.statusCode());
                assertNoCorsHeaders(r);
            } else {
                assertEquals(200, r.statusCode());
                assertEquals("getFile", r.body(), "%2F is not a separator for {name}");
                assertEquals(APP, one(r, ACAO));
            }
        }
    }
}
