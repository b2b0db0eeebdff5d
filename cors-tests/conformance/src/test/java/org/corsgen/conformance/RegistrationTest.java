package org.corsgen.conformance;

import static org.corsgen.conformance.Origins.APP;
import static org.corsgen.conformance.Origins.BILLING;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.corsgen.testsupport.Http.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.http.HttpResponse;

import jakarta.ws.rs.core.Application;

import org.junit.jupiter.api.Test;

import org.corsgen.testsupport.Http;

/**
 * How the generated filters get registered: by the generated {@code Feature}s through their
 * {@code META-INF/services/jakarta.ws.rs.core.Feature} entries, with no code in the application; and by
 * one line per module when the deployment switches service loading off.
 */
class RegistrationTest {

    /** Starts {@code app}, checks both modules' CORS on it (or their absence), stops it. */
    private static void check(Application app, boolean corsExpected) throws Exception {
        try (Server server = Server.start(app, "api/")) {
            Http http = server.http();
            HttpResponse<String> items = http.send("GET", "items/3", "Origin", APP);
            assertEquals(200, items.statusCode());
            HttpResponse<String> invoices = http.send("GET", "invoices/3", "Origin", BILLING);
            assertEquals(200, invoices.statusCode());
            HttpResponse<String> preflight = http.preflight("items/3", APP, "PUT");
            if (corsExpected) {
                assertEquals(APP, one(items, ACAO));
                assertEquals(BILLING, one(invoices, ACAO));
                assertEquals(204, preflight.statusCode());
                assertEquals(APP, one(preflight, ACAO));
            } else {
                assertNoCorsHeaders(items);
                assertNoCorsHeaders(invoices);
                assertNotEquals(204, preflight.statusCode(), "the container's automatic OPTIONS answers");
                assertNoCorsHeaders(preflight);
            }
        }
    }

    @Test
    void applicationThatListsOnlyItsResourceClassesGetsCors() throws Exception {
        check(new Apps.ResourcesOnly(), true);
    }

    @Test
    void switchingServiceLoadingOffSwitchesTheGeneratedFeaturesOff() throws Exception {
        check(new Apps.NoServiceLoading(), false);
    }

    @Test
    void withServiceLoadingOffOneLinePerModuleRegistersThem() throws Exception {
        check(new Apps.ManualRegistration(), true);
    }
}
