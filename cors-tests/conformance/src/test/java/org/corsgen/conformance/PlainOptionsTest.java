package org.corsgen.conformance;

import static org.corsgen.conformance.Origins.APP;
import static org.corsgen.conformance.Origins.EVIL;
import static org.corsgen.testsupport.CorsHeaders.ACAM;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACRM;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.corsgen.testsupport.CorsHeaders.tokens;
import static org.corsgen.testsupport.Http.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.corsgen.conformance.api.DocumentResource;
import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OPTIONS requests that are not preflights reach the application (its own {@code @OPTIONS} method, or the
 * container's automatic answer, WADL on Jersey); preflights never do.
 */
@ExtendWith(ConformanceServer.class)
class PlainOptionsTest {

    static Http http;

    @BeforeAll
    static void start(Server s) {
        http = s.http();
    }

    @Test
    void optionsWithoutRequestMethodReachesTheResourcesOwnOptionsMethod() throws Exception {
        HttpResponse<String> r = http.send("OPTIONS", "documents", "Origin", APP);
        assertEquals(200, r.statusCode());
        assertEquals("DocumentResource.options", one(r, DocumentResource.HANDLED_BY));
        assertEquals(APP, one(r, ACAO), "decorated as an actual request");
    }

    @Test
    void optionsWithoutOriginReachesTheResourcesOwnOptionsMethod() throws Exception {
        HttpResponse<String> r = http.send("OPTIONS", "documents", ACRM, "GET");
        assertEquals(200, r.statusCode());
        assertEquals("DocumentResource.options", one(r, DocumentResource.HANDLED_BY));
        assertNull(one(r, ACAM));
    }

    @Test
    void preflightsNeverReachTheResourcesOptionsMethod() throws Exception {
        HttpResponse<String> allowed = http.preflight("documents", APP, "GET");
        assertEquals(204, allowed.statusCode());
        assertNull(one(allowed, DocumentResource.HANDLED_BY));
        HttpResponse<String> refused = http.preflight("documents", EVIL, "GET");
        assertEquals(403, refused.statusCode());
        assertNull(one(refused, DocumentResource.HANDLED_BY));
    }

    @Test
    void automaticOptionsStaysTheContainers() throws Exception {
        HttpResponse<String> r = http.send("OPTIONS", "items");
        assertEquals(200, r.statusCode());
        String allow = one(r, "Allow");
        assertNotNull(allow, r.headers().map().toString());
        assertTrue(tokens(allow).contains("GET") && tokens(allow).contains("POST"), allow);
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (ContainerUnderTest.isJersey()) {
            // jaxb-runtime is on the Jersey runners' classpath, so Jersey's WADL feature is on
            assertTrue(type.startsWith("application/vnd.sun.wadl+xml"), type);
            assertTrue(r.body().contains("<application"), r.body());
        } else {
            assertTrue(type.startsWith("text/plain"), type);
        }
        assertNoCorsHeaders(r);
    }

    @Test
    void preflightIsNotAnsweredWithWadl() throws Exception {
        HttpResponse<String> r = http.preflight("items", APP, "POST");
        assertEquals(204, r.statusCode());
        assertEquals("", r.body());
        assertNull(one(r, "Allow"));
        assertEquals(APP, one(r, ACAO));
    }

    @Test
    void wadlDocumentIsServedAndLeftAlone() throws Exception {
        HttpResponse<String> r = http.send("GET", "application.wadl", "Origin", APP);
        if (ContainerUnderTest.isJersey()) {
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("<application"), r.body());
        } else {
            assertEquals(404, r.statusCode(), "RESTEasy has no WADL");
        }
        assertNoCorsHeaders(r);
    }
}
