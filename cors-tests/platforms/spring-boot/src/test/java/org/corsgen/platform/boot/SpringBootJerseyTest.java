package org.corsgen.platform.boot;

import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.corsgen.platform.checks.PlatformChecks;
import org.corsgen.runtime.CorsFilter;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jersey.autoconfigure.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * The checks on Spring Boot with {@code spring-boot-starter-jersey}: {@link ShopBootApplication} on embedded
 * Tomcat at a random port, at {@code /shop} (context path) {@code /api} (Jersey's servlet mapping). The Spring
 * test context starts the server before the first check, when it prepares the (per-class) test instance,
 * and closes it when the JVM's test contexts are closed; {@code PLATFORM_ORIGINS} comes from surefire's
 * environment.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SpringBootJerseyTest extends PlatformChecks {

    /** Adds {@link BoomResource}, this test's unmapped exception, to the application's ResourceConfig. */
    @TestConfiguration
    static class Boom {
        @Bean
        ResourceConfigCustomizer boom() {
            return config -> config.register(BoomResource.class);
        }
    }

    @LocalServerPort
    private int port;

    @Autowired
    private ServletRegistrationBean<ServletContainer> jersey;

    @Override
    protected String base() {
        return "http://127.0.0.1:" + port + "/shop/api/";
    }

    /** The versions Boot's BOM brings, not corsgen's parent's (Jakarta REST 3.1, Jersey 3.1). */
    @Test
    void runsOnJakartaRest4AndJersey4() {
        String api = jakarta.ws.rs.core.Feature.class.getProtectionDomain().getCodeSource().getLocation().toString();
        String jersey = org.glassfish.jersey.server.ResourceConfig.class.getProtectionDomain().getCodeSource()
                .getLocation().toString();
        assertTrue(api.contains("jakarta.ws.rs-api-4."), api);
        assertTrue(jersey.contains("jersey-server-4."), jersey);
    }

    /** Jersey's runtime configuration holds one corsgen filter: loaded from the services file, never twice. */
    @Test
    void oneCorsFilterInJerseysRuntimeConfiguration() {
        long filters = jersey.getServlet().getConfiguration().getInstances().stream()
                .filter(CorsFilter.class::isInstance).count();
        assertEquals(1, filters, jersey.getServlet().getConfiguration().getInstances().toString());
    }

    /**
     * An exception no mapper maps: Jersey hands it to the servlet container, its response filters (corsgen's
     * among them) never run, and Tomcat answers 500 without CORS headers; a page sees a CORS error, not the
     * 500. The fix is the application's: a catch-all {@code ExceptionMapper<Throwable>}.
     */
    @Test
    void unmappedExceptionIsA500WithoutCorsHeaders() throws Exception {
        HttpResponse<String> r = http().send("GET", "boom", "Origin", APP);
        assertEquals(500, r.statusCode(), r.headers().map() + " " + r.body());
        System.out.println("unmapped exception: " + r.statusCode() + " " + r.headers().map() + " " + r.body());
        assertNoCorsHeaders(r);
    }
}
