package org.corsgen.platform.quarkus;

import static org.corsgen.platform.checks.PlatformChecks.ADMIN;
import static org.corsgen.platform.checks.PlatformChecks.APP;
import static org.corsgen.platform.checks.PlatformChecks.BILLING;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACMA;
import static org.corsgen.testsupport.CorsHeaders.ACRH;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * What happens when a user also turns on Quarkus' own CORS filter ({@code quarkus.http.cors.enabled=true},
 * off by default) with one origin: it is a Vert.x route handler, ahead of Quarkus REST, so it answers every
 * preflight itself and refuses every request from another origin before corsgen (or the resource) runs. Not a
 * supported setup: these assertions pin down why the README says to leave it off.
 */
@QuarkusTest
@TestProfile(QuarkusHttpCorsTest.HttpCorsOn.class)
class QuarkusHttpCorsTest {

    /** Quarkus' CORS filter on, for the shop's literal origin only. */
    public static class HttpCorsOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", APP);
        }
    }

    @TestHTTPResource("api/")
    URL api;

    private Http http() {
        return new Http(api.toString());
    }

    @Test
    void vertxAnswersEveryPreflightBeforeCorsgen() throws Exception {
        // corsgen answers 204 with Max-Age 600; Vert.x answers 200 without it
        HttpResponse<String> put = http().preflight("items/1", APP, "PUT", ACRH, "content-type");
        assertEquals(200, put.statusCode());
        assertEquals(APP, Http.one(put, ACAO));
        assertNull(Http.one(put, ACMA));
        // wider than corsgen: DELETE items/{id} allows only the admin origin
        HttpResponse<String> delete = http().preflight("items/1", APP, "DELETE");
        assertEquals(200, delete.statusCode());
        assertEquals(APP, Http.one(delete, ACAO));
        // narrower than corsgen: the origins corsgen allows are refused
        assertEquals(403, http().preflight("items/1", ADMIN, "DELETE").statusCode());
        assertEquals(403, http().preflight("invoices", BILLING, "POST").statusCode());
    }

    @Test
    void vertxRefusesOtherOriginsBeforeTheResourceRuns() throws Exception {
        HttpResponse<String> billing = http().send("GET", "invoices", "Origin", BILLING);
        assertEquals(403, billing.statusCode());
        assertEquals("", billing.body());
        assertNoCorsHeaders(billing);
    }

    @Test
    void bothWriteTheHeadersOfAnActualRequest() throws Exception {
        HttpResponse<String> r = http().send("GET", "items", "Origin", APP);
        assertEquals(200, r.statusCode());
        assertEquals(List.of(APP, APP), Http.all(r, ACAO), "sent by Vert.x and by corsgen");
        // corsgen sends none here (only the admin origin may DELETE), Vert.x does
        HttpResponse<String> delete = http().send("DELETE", "items/7", "Origin", APP);
        assertEquals(204, delete.statusCode());
        assertEquals(APP, Http.one(delete, ACAO));
    }
}
