package org.corsgen.platform.servlet.resteasy;

import static org.corsgen.platform.checks.PlatformChecks.APP;
import static org.corsgen.platform.checks.PlatformChecks.BILLING;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.core.StandardContext;
import org.corsgen.platform.servlet.tomcat.TestTomcat;
import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a bad {@code PLATFORM_ORIGINS} does to the RESTEasy WAR in Tomcat 11, as measured. RESTEasy's initializer
 * registers the application's servlet with load-on-startup 1, so corsgen's start-up runs at deployment and its
 * message is logged then ("threw load() exception"); but Tomcat starts the context all the same
 * ({@code failCtxIfServletStartFails} is false by default) and every request to the servlet answers 500 (Tomcat
 * initialises it again each time), the billing module's too. With {@code failCtxIfServletStartFails="true"} the
 * context is stopped and {@code /shop} answers Tomcat's 404. The value reaches the server as the system property
 * {@code PLATFORM_ORIGINS} (read before the environment variable), set per test and restored: each deployment
 * has its own class loader (the application is in WEB-INF/lib), so each initialises the generated filters anew.
 */
class RestEasyBadOriginTest {

    static final String BAD = "https://bad.example.com/";
    static final String CORSGEN = "corsgen: org.corsgen.platform.shop.ShopCorsFilter cannot start";
    static final String PROBLEM = "${PLATFORM_ORIGINS} = \"" + BAD + "\" (system property PLATFORM_ORIGINS) breaks"
            + " rule origin-trailing-slash";

    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty("PLATFORM_ORIGINS");
        System.setProperty("PLATFORM_ORIGINS", BAD);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty("PLATFORM_ORIGINS");
        } else {
            System.setProperty("PLATFORM_ORIGINS", saved);
        }
    }

    @Test
    void loggedAtDeploymentButTheContextStartsAndAnswers500ToEveryRequest() throws Exception {
        try (TestTomcat server = RestEasyServletInitializerTest.deploy("resteasy-bad").started()) {
            assertTrue(server.logged("SEVERE", CORSGEN, PROBLEM), server.tail());
            assertTrue(server.logged("SEVERE", "Servlet [org.corsgen.platform.shop.ShopApplication] in web"
                    + " application [/shop] threw load() exception"), server.tail());
            assertEquals(LifecycleState.STARTED, context(server).getState(), server.tail());
            Http api = api(server);
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> items = api.send("GET", "items", "Origin", APP);
                assertEquals(500, items.statusCode(), server.tail());
                assertNoCorsHeaders(items);
                assertEquals(500, api.send("GET", "invoices", "Origin", BILLING).statusCode(), server.tail());
            }
        }
    }

    @Test
    void failCtxIfServletStartFailsStopsTheContext() throws Exception {
        try (TestTomcat server = RestEasyServletInitializerTest.deploy("resteasy-fail-context")) {
            ((StandardContext) context(server)).setFailCtxIfServletStartFails(true);
            assertDoesNotThrow(server::start, server::tail);
            assertTrue(server.port() > 0, server.tail());
            assertTrue(server.logged("SEVERE", CORSGEN, PROBLEM), server.tail());
            assertTrue(server.logged("SEVERE", "Context [/shop] startup failed due to previous errors"), server.tail());
            assertFalse(context(server).getState().isAvailable(), server.tail());
            assertEquals(404, api(server).send("GET", "items", "Origin", APP).statusCode());
            assertEquals(404, api(server).send("GET", "invoices", "Origin", BILLING).statusCode());
        }
    }

    private static Http api(TestTomcat server) {
        return new Http("http://127.0.0.1:" + server.port() + "/shop/api/");
    }

    private static Context context(TestTomcat server) {
        return (Context) server.tomcat().getHost().findChild("/shop");
    }
}
