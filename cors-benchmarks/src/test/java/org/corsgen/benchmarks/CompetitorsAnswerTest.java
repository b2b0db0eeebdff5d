package org.corsgen.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.core.Response;

import org.corsgen.benchmarks.jaxrs.Competitors;
import org.corsgen.benchmarks.jaxrs.Exchange;
import org.corsgen.benchmarks.jaxrs.StubRequest;
import org.corsgen.benchmarks.jaxrs.StubResponse;
import org.corsgen.benchmarks.servlet.CountingChain;
import org.corsgen.benchmarks.servlet.ServletCompetitors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The check outside JMH: every competitor, in every scenario of the table, really produces the answer it
 * is supposed to produce, the same on every repeated call through the very objects the benchmarks reuse.
 * So no benchmark row can be measuring an early exit, a stale state or an exception.
 */
class CompetitorsAnswerTest {

    private static final int REPEATS = 5;
    private static final String PREFLIGHT_VARY = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

    /** What the client would get: the status (0 = the request went on to the resource) and the headers. */
    record Answer(int status, Map<String, String> headers, int chainCalls) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    static Answer jaxrs(Competitors competitor, Scenario scenario) {
        Competitors.Filters filters = competitor.create(scenario);
        StubRequest request = scenario.request();
        StubResponse response = new StubResponse();
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            Object out = Exchange.run(filters.request(), filters.response(), request, response);
            Answer a;
            if (out instanceof Response r) {
                a = new Answer(r.getStatus(), lower(r.getStringHeaders()), 0);
            } else {
                assertNull(request.aborted());
                a = new Answer(0, lower(response.getStringHeaders()), 1);
            }
            answers.add(a);
        }
        return same(competitor + " " + scenario, answers);
    }

    static Answer servlet(ServletCompetitors competitor, Scenario scenario) {
        ServletCompetitors.Handler handler = competitor.create();
        MockHttpServletRequest request = ServletCompetitors.request(scenario);
        MockHttpServletResponse response = new MockHttpServletResponse();
        CountingChain chain = new CountingChain();
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            ServletCompetitors.run(handler, request, response, chain);
            Map<String, String> headers = new TreeMap<>();
            for (String name : response.getHeaderNames()) {
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", response.getHeaders(name)));
            }
            answers.add(new Answer(response.getStatus(), headers, chain.calls()));
        }
        return same(competitor + " " + scenario, answers);
    }

    private static Map<String, String> lower(Map<String, List<String>> headers) {
        Map<String, String> out = new TreeMap<>();
        headers.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        return out;
    }

    private static Answer same(String what, List<Answer> answers) {
        for (Answer a : answers) {
            assertEquals(answers.get(0), a, what + ": a repeated call answered differently");
        }
        System.out.println(what + " -> " + answers.get(0));
        return answers.get(0);
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void corsgenAnswersAsTheReadmeSays(Scenario scenario) {
        Answer a = jaxrs(Competitors.CORSGEN, scenario);
        switch (scenario) {
            case NO_ORIGIN, DISALLOWED -> assertEquals(new Answer(0, Map.of("vary", "Origin"), 1), a);
            case PREFLIGHT -> assertEquals(new Answer(204, Map.of(
                    "access-control-allow-origin", BenchPolicy.APP,
                    "access-control-allow-credentials", "true",
                    "access-control-allow-methods", "PUT",
                    "access-control-allow-headers", "Content-Type,X-Req",
                    "access-control-max-age", "600",
                    "vary", PREFLIGHT_VARY), 0), a);
            default -> assertEquals(new Answer(0, Map.of(
                    "access-control-allow-origin", scenario.origin(),
                    "access-control-allow-credentials", "true",
                    "access-control-expose-headers", "X-Total",
                    "vary", "Origin"), 1), a);
        }
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void headerFloorWritesExactlyWhatCorsgenWrites(Scenario scenario) {
        assertEquals(jaxrs(Competitors.CORSGEN, scenario), jaxrs(Competitors.HEADER_FLOOR, scenario));
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void readFloorWritesExactlyWhatCorsgenWrites(Scenario scenario) {
        assertEquals(jaxrs(Competitors.CORSGEN, scenario), jaxrs(Competitors.READ_FLOOR, scenario));
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void noopDoesNothing(Scenario scenario) {
        assertEquals(new Answer(0, Map.of(), 1), jaxrs(Competitors.NOOP, scenario));
    }

    @ParameterizedTest
    @EnumSource(value = Scenario.class, names = {"NO_ORIGIN", "ALLOWED_GET", "PREFLIGHT", "DISALLOWED"})
    void resteasyAnswersEveryScenario(Scenario scenario) {
        Answer a = jaxrs(Competitors.RESTEASY, scenario);
        switch (scenario) {
            case NO_ORIGIN -> assertEquals(new Answer(0, Map.of(), 1), a);
            case ALLOWED_GET -> assertEquals(new Answer(0, Map.of(
                    "access-control-allow-origin", BenchPolicy.APP,
                    "access-control-allow-credentials", "true",
                    "access-control-expose-headers", "X-Total",
                    "vary", "Origin"), 1), a);
            case PREFLIGHT -> {
                // RESTEasy answers 200 and checks only the origin (neither method nor headers)
                assertEquals(200, a.status());
                assertEquals(BenchPolicy.APP, a.header("Access-Control-Allow-Origin"));
                assertEquals("true", a.header("Access-Control-Allow-Credentials"));
                assertEquals("GET,PUT", a.header("Access-Control-Allow-Methods"));
                assertEquals("Content-Type,X-Req", a.header("Access-Control-Allow-Headers"));
                assertEquals("600", a.header("Access-Control-Max-Age"));
            }
            default -> {
                // ForbiddenException thrown by the filter, turned into its 403 response
                assertEquals(403, a.status());
                assertNull(a.header("Access-Control-Allow-Origin"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ServletCompetitors.class, names = {"SPRING", "TOMCAT"})
    void servletFiltersAnswerEveryScenario(ServletCompetitors competitor) {
        Answer none = servlet(competitor, Scenario.NO_ORIGIN);
        assertEquals(200, none.status());
        assertEquals(1, none.chainCalls());
        assertNull(none.header("Access-Control-Allow-Origin"));

        Answer get = servlet(competitor, Scenario.ALLOWED_GET);
        assertEquals(200, get.status());
        assertEquals(1, get.chainCalls());
        assertEquals(BenchPolicy.APP, get.header("Access-Control-Allow-Origin"));
        assertEquals("true", get.header("Access-Control-Allow-Credentials"));
        assertEquals("X-Total", get.header("Access-Control-Expose-Headers"));

        Answer preflight = servlet(competitor, Scenario.PREFLIGHT);
        assertEquals(200, preflight.status());
        assertEquals(0, preflight.chainCalls());
        assertEquals(BenchPolicy.APP, preflight.header("Access-Control-Allow-Origin"));
        assertEquals("true", preflight.header("Access-Control-Allow-Credentials"));
        assertTrue(preflight.header("Access-Control-Allow-Methods").contains("PUT"), preflight.toString());
        String allowHeaders = preflight.header("Access-Control-Allow-Headers").toLowerCase(Locale.ROOT);
        assertTrue(allowHeaders.contains("content-type") && allowHeaders.contains("x-req"), preflight.toString());
        assertEquals("600", preflight.header("Access-Control-Max-Age"));

        Answer refused = servlet(competitor, Scenario.DISALLOWED);
        assertEquals(403, refused.status());
        assertEquals(0, refused.chainCalls());
        assertNull(refused.header("Access-Control-Allow-Origin"));
    }

    @Test
    void servletFloorOnlyPassesTheRequestOn() {
        for (Scenario scenario : List.of(Scenario.NO_ORIGIN, Scenario.ALLOWED_GET, Scenario.PREFLIGHT,
                Scenario.DISALLOWED)) {
            assertEquals(new Answer(200, Map.of(), 1), servlet(ServletCompetitors.NOOP, scenario));
        }
    }
}
