package org.corsgen.conformance.jersey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.corsgen.conformance.Apps;
import org.corsgen.conformance.ConformanceApplication;
import org.corsgen.conformance.ContainerUnderTest;
import org.corsgen.conformance.Cors;
import org.corsgen.conformance.Http;
import org.corsgen.conformance.Server;
import org.corsgen.conformance.api.ApiCorsFeature;
import org.corsgen.conformance.api.BillingCorsFeature;
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
            HttpResponse<String> r = server.http().send("GET", "items/3", "Origin", Cors.APP);
            assertEquals(200, r.statusCode());
            HttpResponse<String> invoices = server.http().send("GET", "invoices", "Origin", Cors.BILLING);
            HttpResponse<String> preflight = server.http().preflight("items/3", Cors.APP, "PUT");
            if (corsExpected) {
                assertEquals(Cors.APP, Http.one(r, Cors.ACAO));
                assertEquals(Cors.BILLING, Http.one(invoices, Cors.ACAO));
                assertEquals(204, preflight.statusCode());
            } else {
                Cors.assertNoCorsHeaders(r);
                Cors.assertNoCorsHeaders(invoices);
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
