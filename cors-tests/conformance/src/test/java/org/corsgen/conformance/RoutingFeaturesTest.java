package org.corsgen.conformance;

import static org.corsgen.conformance.Origins.APP;
import static org.corsgen.conformance.Origins.PAGE;
import static org.corsgen.testsupport.CorsHeaders.ACAC;
import static org.corsgen.testsupport.CorsHeaders.ACAM;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACEH;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.corsgen.testsupport.CorsHeaders.tokens;
import static org.corsgen.testsupport.Http.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.corsgen.conformance.observe.MatchObserver;
import org.corsgen.conformance.observe.PathObserver;
import org.corsgen.testsupport.CorsHeaders;
import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The route table against what the container serves: {@code @ApplicationPath}, path parameters and regex
 * templates, sub-resource locators, annotations on interfaces.
 */
@ExtendWith(ConformanceServer.class)
class RoutingFeaturesTest {

    static Server server;
    static Http http;

    @BeforeAll
    static void start(Server s) {
        server = s;
        http = s.http();
    }

    @Test
    void applicationPathIsHonouredAndTheRuntimesPathShapeIsNormalised() throws Exception {
        HttpResponse<String> r = http.send("GET", "items/1", "Origin", APP);
        assertEquals(200, r.statusCode());
        assertEquals(APP, one(r, ACAO));
        // what a pre-matching filter sees differs: Jersey "items/1", RESTEasy "/items/1"
        assertEquals(ContainerUnderTest.isJersey() ? "items/1" : "/items/1", one(r, PathObserver.PATH));
    }

    @Test
    void pathsOutsideTheApplicationPathAreNotTheApplications() throws Exception {
        Http outside = new Http(server.ownOrigin() + "/");
        for (String method : List.of("GET", "OPTIONS")) {
            HttpResponse<String> r = outside.send(method, "items/1", "Origin", APP, CorsHeaders.ACRM, "GET");
            if (method.equals("GET")) {
                assertEquals(404, r.statusCode());
            } else {
                // Grizzly: 404; Undertow's servlet layer: its own 200 with Allow. Never a preflight answer.
                assertTrue(r.statusCode() == 404 || r.statusCode() == 200, method + " " + r.statusCode());
            }
            assertNoCorsHeaders(r);
        }
    }

    @Test
    void regexTemplateDecidesWhichMethodsAPathHas() throws Exception {
        // items/12: the methods of {id: [0-9]+} (DELETE there is for PAGE only); POST is served at items only
        for (String method : List.of("GET", "PUT", "PATCH")) {
            HttpResponse<String> r = http.preflight("items/12", APP, method);
            assertEquals(204, r.statusCode(), method);
            assertEquals(List.of(method), tokens(one(r, ACAM)));
        }
        assertEquals(403, http.preflight("items/12", APP, "POST").statusCode(), "POST is not served at items/{id}");
        // items/abc: no method matches ({id: [0-9]+}); the class policy covers the class's 404, so that a
        // page can read it, and a preflight there is answered with the class policy (all its methods)
        HttpResponse<String> notDigits = http.preflight("items/abc", APP, "POST");
        assertEquals(204, notDigits.statusCode());
        assertEquals(List.of("POST"), tokens(one(notDigits, ACAM)));
        HttpResponse<String> r = http.send("GET", "items/abc", "Origin", APP);
        assertEquals(404, r.statusCode());
        assertEquals(APP, one(r, ACAO));
    }

    @Test
    void rootTemplateWithParameter() throws Exception {
        HttpResponse<String> r = http.send("GET", "partners/some%20one", "Origin", "http://localhost:9000");
        assertEquals(200, r.statusCode());
        assertEquals("partner some one", r.body());
        assertEquals("http://localhost:9000", one(r, ACAO));
    }

    @Test
    void subResourceLocatorCarriesTheLocatorsPolicyInward() throws Exception {
        HttpResponse<String> r = http.send("GET", "items/7/parts", "Origin", APP);
        assertEquals(200, r.statusCode());
        assertEquals("parts of 7", r.body());
        assertEquals(APP, one(r, ACAO));
        assertEquals("true", one(r, ACAC), "credentials from ItemResource, through the locator");
        assertEquals("X-Part-Count", one(r, ACEH), "PartResource's own class level");
        assertEquals("list", one(r, MatchObserver.MATCHED));

        r = http.send("GET", "items/7/parts/wheel", "Origin", APP);
        assertEquals("part wheel of 7", r.body());
        assertEquals(APP, one(r, ACAO));

        HttpResponse<String> preflight = http.preflight("items/7/parts/wheel", APP, "DELETE");
        assertEquals(403, preflight.statusCode(), "DELETE there is for " + PAGE + " only");
        preflight = http.preflight("items/7/parts/wheel", PAGE, "DELETE");
        assertEquals(204, preflight.statusCode());
        assertEquals(List.of("DELETE"), tokens(one(preflight, ACAM)));
    }

    @Test
    void annotationsInheritedFromAnInterface() throws Exception {
        HttpResponse<String> r = http.send("GET", "greetings/ann", "Origin", APP);
        assertEquals(200, r.statusCode());
        assertEquals("hello ann", r.body());
        assertEquals(APP, one(r, ACAO));
        assertEquals("X-Greeting", one(r, ACEH));
        assertEquals(403, http.preflight("greetings/ann", APP, "PUT").statusCode(),
                "the @CrossOrigin on the interface method narrows PUT to " + PAGE);
        HttpResponse<String> put = http.preflight("greetings/ann", PAGE, "PUT");
        assertEquals(204, put.statusCode());
        assertNull(one(put, CorsHeaders.ACAC));
        assertEquals(PAGE, one(http.send("PUT", "greetings/ann", "Origin", PAGE), ACAO));
    }
}
