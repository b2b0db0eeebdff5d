package org.corsgen.platform.boot;

import static org.corsgen.platform.checks.PlatformChecks.APP;
import static org.corsgen.platform.checks.PlatformChecks.BILLING;
import static org.corsgen.platform.checks.PlatformChecks.ENV_ORIGIN;
import static org.corsgen.testsupport.CorsHeaders.ACAC;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACEH;
import static org.corsgen.testsupport.CorsHeaders.ACMA;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.corsgen.testsupport.Http.all;
import static org.corsgen.testsupport.Http.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * What happens when a Boot application also has Spring's own CORS filter (spring-web's {@link CorsFilter}, a
 * servlet filter Boot maps to {@code /*}) in front of Jersey: it decides before corsgen ever runs, so the two
 * must not both cover the Jersey path. Spring MVC's CORS ({@code WebMvcConfigurer#addCorsMappings},
 * {@code @CrossOrigin} of spring-web) is another matter: it lives in the DispatcherServlet's handler mappings,
 * which never see a request Jersey's servlet serves ({@code /api/*}); not tested here (spring-webmvc would
 * change this module's application).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SpringCorsFilterTest {

    static final String SPRING = "https://spring.example.com";

    /** A typical Spring CORS set-up: one configuration for every path, the shop's origin among others. */
    @TestConfiguration
    static class SpringCors {
        @Bean
        CorsFilter springCors() {
            CorsConfiguration c = new CorsConfiguration();
            c.setAllowedOrigins(List.of(SPRING, APP));
            c.setAllowedMethods(List.of("GET", "PUT"));
            UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
            source.registerCorsConfiguration("/**", c);
            return new CorsFilter(source);
        }
    }

    @LocalServerPort
    private int port;

    private Http http() {
        return new Http("http://127.0.0.1:" + port + "/shop/api/");
    }

    /** Spring answers the preflight itself (200, its own headers): corsgen's policy (credentials, max-age) never applies. */
    @Test
    void springAnswersThePreflight() throws Exception {
        HttpResponse<String> r = http().preflight("items/1", APP, "PUT");
        assertEquals(200, r.statusCode(), "corsgen would answer 204: " + r.headers().map());
        assertEquals(APP, one(r, ACAO));
        assertTrue(all(r, ACAC).isEmpty() && all(r, ACMA).isEmpty(), r.headers().map().toString());
    }

    /** An origin corsgen allows but Spring does not is refused by Spring, preflight and actual request alike. */
    @Test
    void springRefusesWhatCorsgenAllows() throws Exception {
        HttpResponse<String> p = http().preflight("items/1", ENV_ORIGIN, "PUT");
        assertEquals(403, p.statusCode());
        assertEquals("Invalid CORS request", p.body());
        HttpResponse<String> r = http().send("GET", "invoices", "Origin", BILLING);
        assertEquals(403, r.statusCode());
        assertNoCorsHeaders(r);
    }

    /**
     * Where both allow the origin, the actual request carries corsgen's headers once: Jersey sets its response
     * headers over the ones Spring's filter added before the chain went on (Spring's Vary included).
     */
    @Test
    void actualRequestCarriesCorsgensHeadersOnce() throws Exception {
        HttpResponse<String> r = http().send("GET", "items", "Origin", APP);
        assertEquals(200, r.statusCode());
        assertEquals(APP, one(r, ACAO));
        assertEquals("true", one(r, ACAC));
        assertEquals("X-Total-Count", one(r, ACEH));
    }

    /** An origin only Spring allows keeps Spring's header on a response corsgen refused: Spring's policy wins. */
    @Test
    void springsOriginSurvivesCorsgensRefusal() throws Exception {
        HttpResponse<String> r = http().send("GET", "items", "Origin", SPRING);
        assertEquals(200, r.statusCode());
        assertEquals(SPRING, one(r, ACAO));
        assertTrue(all(r, ACAC).isEmpty(), r.headers().map().toString());
    }
}
