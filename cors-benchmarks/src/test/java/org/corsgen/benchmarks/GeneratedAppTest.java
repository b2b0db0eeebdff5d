package org.corsgen.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.corsgen.benchmarks.jaxrs.Competitors;
import org.corsgen.benchmarks.jaxrs.Exchange;
import org.corsgen.benchmarks.jaxrs.StubRequest;
import org.corsgen.benchmarks.jaxrs.StubResourceInfo;
import org.corsgen.benchmarks.jaxrs.StubResponse;
import org.corsgen.benchmarks.scale.GeneratedApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scaling benchmarks' applications, compiled by javac with the processor as the benchmarks do, answer
 * the preflight and the GET they are measured with (small sizes here; the same code builds 10,000).
 */
class GeneratedAppTest {

    @ParameterizedTest
    @CsvSource({"10, 1", "10, 50", "100, 2"})
    void generatedFilterAnswersTheMeasuredRequests(int resources, int origins) {
        Competitors.init();
        GeneratedApp.App app = GeneratedApp.app(resources, origins);
        // as in the container: what matched is read from ResourceInfo (nothing for the preflight, a 404 or 405)
        Competitors.Filters filter = Competitors.corsgen(StubResourceInfo.NOTHING, app.module());
        Competitors.Filters matchedFilter = Competitors.corsgen(app.lastResourceGet(), app.module());
        String path = GeneratedApp.lastResourcePath(resources);
        StubRequest preflight = new StubRequest("OPTIONS", path, "Origin", GeneratedApp.ALLOWED_ORIGIN,
                "Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "content-type,x-req");
        StubRequest get = new StubRequest("GET", path, "Origin", GeneratedApp.ALLOWED_ORIGIN);
        StubRequest unmatched = new StubRequest("GET", path, "Origin", GeneratedApp.ALLOWED_ORIGIN);
        StubRequest outside = new StubRequest("OPTIONS", "v1/orders" + resources + "/42", "Origin",
                GeneratedApp.ALLOWED_ORIGIN, "Access-Control-Request-Method", "PUT");
        StubResponse response = new StubResponse();
        for (int i = 0; i < 3; i++) {
            Response answer = (Response) Exchange.run(filter.request(), filter.response(), preflight, response);
            assertEquals(204, answer.getStatus());
            assertEquals(List.of(GeneratedApp.ALLOWED_ORIGIN), answer.getStringHeaders().get("Access-Control-Allow-Origin"));
            assertEquals(List.of("PUT"), answer.getStringHeaders().get("Access-Control-Allow-Methods"));

            Exchange.run(matchedFilter.request(), matchedFilter.response(), get, response);
            assertNull(get.aborted());
            assertEquals(List.of(GeneratedApp.ALLOWED_ORIGIN), response.getHeaders().get("Access-Control-Allow-Origin"));
            assertEquals(List.of("X-Total"), response.getHeaders().get("Access-Control-Expose-Headers"));

            // the same answer when the policy comes from the route table (nothing matched: a 405, say)
            Exchange.run(filter.request(), filter.response(), unmatched, response);
            assertEquals(List.of(GeneratedApp.ALLOWED_ORIGIN), response.getHeaders().get("Access-Control-Allow-Origin"));
            assertEquals(List.of("Origin"), response.getHeaders().get("Vary"));

            // a path no generated resource serves: no policy, left to the container
            Exchange.run(filter.request(), filter.response(), outside, response);
            assertNull(outside.aborted());
            assertEquals(0, response.getHeaders().size());
        }
    }
}
