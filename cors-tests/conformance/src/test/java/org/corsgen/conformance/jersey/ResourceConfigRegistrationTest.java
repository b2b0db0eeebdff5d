package org.corsgen.conformance.jersey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.corsgen.conformance.Apps;
import org.corsgen.conformance.ConformanceApplication;
import org.corsgen.conformance.ContainerUnderTest;
import org.corsgen.conformance.Origins;
import org.corsgen.conformance.Server;
import org.corsgen.conformance.api.ApiCorsFeature;
import org.corsgen.conformance.api.BillingCorsFeature;
import org.corsgen.testsupport.CorsHeaders;
import org.corsgen.testsupport.Http;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Jersey only (the RESTEasy runners exclude this package): a {@code ResourceConfig} with explicit classes. */
class ResourceConfigRegistrationTest {

    @BeforeAll
    static void onJersey() {
        assertTrue(ContainerUnderTest.isJersey(), "a Jersey-only test ran on " + ContainerUnderTest.describe());
    }

    private static void check(ResourceConfig config, boolean corsExpected) throws Exception {
        try (Server server = Server.start(config, "")) {
            HttpResponse<String> r = server.http().send("GET", "items/3", "Origin", Origins.APP);
            assertEquals(200, r.statusCode());
            HttpResponse<String> invoices = server.http().send("GET", "invoices", "Origin", Origins.BILLING);
            HttpResponse<String> preflight = server.http().preflight("items/3", Origins.APP, "PUT");
            if (corsExpected) {
                assertEquals(Origins.APP, Http.one(r, CorsHeaders.ACAO));
                assertEquals(Origins.BILLING, Http.one(invoices, CorsHeaders.ACAO));
                assertEquals(204, preflight.statusCode());
            } else {
                CorsHeaders.assertNoCorsHeaders(r);
                CorsHeaders.assertNoCorsHeaders(invoices);
                assertNotEquals(204, preflight.statusCode());
            }
        }
    }

    @Test
    void resourceConfigWithExplicitClassesGetsCors() throws Exception {
        check(new ResourceConfig(ConformanceApplication.RESOURCES), true);
    }

    @Test
    void withServiceLoadingOffRegisterTheFeatures() throws Exception {
        check(new ResourceConfig(ConformanceApplication.RESOURCES).property(Apps.LOAD_SERVICES, false), false);
        check(new ResourceConfig(ConformanceApplication.RESOURCES).property(Apps.LOAD_SERVICES, false)
                .register(ApiCorsFeature.class).register(BillingCorsFeature.class), true);
    }
}
