package org.corsgen.platform.wildfly;

import static org.corsgen.platform.checks.PlatformChecks.APP;
import static org.corsgen.platform.checks.PlatformChecks.BILLING;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.Test;

/**
 * What a bad {@code PLATFORM_ORIGINS} (a trailing slash, rule origin-trailing-slash) does in WildFly 39, as measured: the
 * deployment of {@code shop.war} fails. RESTEasy's servlet in WildFly is initialised when the deployment starts,
 * so corsgen's generated filter refuses the value then, and the deployment's web service fails to start: the
 * scanner writes {@code shop.war.failed} with corsgen's message, WildFly starts "with errors" (WFLYSRV0026), and
 * no request to {@code /shop} reaches the application (the welcome content answers: 404 to GET and POST, 405 to
 * the rest, the preflight included, never with a CORS header). Another WAR of the same server, {@code billing.war} (the billing
 * module only, which has no placeholder), deploys and serves with its CORS headers.
 *
 * <p>The value is per process (an environment variable, or a system property: corsgen reads the system property
 * first, but WildFly's system properties are the JVM's too), so this test starts a server of its own, for the two
 * WARs only: its time is printed.
 */
class WildFlyBadOriginTest {

    static final String TRAILING_SLASH = "https://bad.example.com/";
    static final String CORSGEN = "corsgen: org.corsgen.platform.shop.ShopCorsFilter cannot start";
    static final String PROBLEM = "${PLATFORM_ORIGINS} = \"" + TRAILING_SLASH
            + "\" (environment variable PLATFORM_ORIGINS) breaks rule origin-trailing-slash";

    private static final Duration START = Duration.ofSeconds(180);

    @Test
    void theDeploymentFailsWithCorsgensMessageAndTheOtherWarServes() throws Exception {
        Path home = Path.of(WildFlyWarTest.required("wildfly.home"));
        Path war = Path.of(WildFlyWarTest.required("wildfly.war"));
        try (WildFlyServer server = WildFlyServer.start(WildFlyWarTest.java(), home,
                home.resolveSibling("wildfly-run-bad-origin"), List.of(war, billingOnly(war)), Set.of("shop.war"),
                Map.of("PLATFORM_ORIGINS", TRAILING_SLASH), START)) {
            System.out.println("WildFly with the bad origin (shop.war failed, billing.war deployed) up in "
                    + server.bootTime().toMillis() + " ms");
            Path deployments = server.deployments();
            assertFalse(Files.exists(deployments.resolve("shop.war.deployed")), server.logTail(60));
            Path failed = deployments.resolve("shop.war.failed");
            assertTrue(Files.exists(failed), "no shop.war.failed\n" + server.logTail(60));
            String marker = Files.readString(failed, StandardCharsets.UTF_8);
            // the marker holds the failure description as a DMR string: its quotes are escaped
            for (String part : List.of(CORSGEN, "${PLATFORM_ORIGINS} = ", TRAILING_SLASH,
                    "(environment variable PLATFORM_ORIGINS) breaks rule origin-trailing-slash")) {
                assertTrue(marker.contains(part), "no \"" + part + "\" in shop.war.failed:\n" + marker);
            }
            String log = Files.readString(server.serverLog(), StandardCharsets.UTF_8);
            assertTrue(log.contains(CORSGEN) && log.contains(PROBLEM), "expected \"" + CORSGEN + "\" and \""
                    + PROBLEM + "\" in the server log\n" + server.logTail(60));
            assertTrue(log.contains("WFLYSRV0026"), "WildFly starts with errors\n" + server.logTail(60));
            assertTrue(Files.exists(deployments.resolve("billing.war.deployed")), server.logTail(60));

            // nothing of shop.war is served: no context at /shop, so the server's welcome content at / answers
            // (404 to GET and POST, 405 "Allow: GET, HEAD, POST" to other methods, the preflight included), never
            // with a CORS header
            Http shop = new Http("http://127.0.0.1:" + server.httpPort() + "/shop/api/");
            for (String[] request : List.of(new String[] {"GET", "items", "404"}, new String[] {"GET", "invoices", "404"},
                    new String[] {"POST", "items", "404"}, new String[] {"DELETE", "items/7", "405"},
                    new String[] {"PUT", "items/7", "405"})) {
                HttpResponse<String> r = shop.send(request[0], request[1], "Origin", APP);
                assertEquals(Integer.parseInt(request[2]), r.statusCode(), request[0] + " " + request[1]);
                assertNoCorsHeaders(r);
            }
            HttpResponse<String> preflight = shop.preflight("items/1", APP, "PUT");
            assertEquals(405, preflight.statusCode(), preflight.headers().map().toString());
            assertNoCorsHeaders(preflight);

            // the other WAR serves, CORS included
            Http billing = new Http("http://127.0.0.1:" + server.httpPort() + "/billing/api/");
            HttpResponse<String> invoices = billing.send("GET", "invoices", "Origin", BILLING);
            assertEquals(200, invoices.statusCode(), server.logTail(60));
            assertEquals(BILLING, Http.one(invoices, ACAO), invoices.headers().map().toString());
            HttpResponse<String> billingPreflight = billing.preflight("invoices", BILLING, "POST");
            assertEquals(204, billingPreflight.statusCode(), billingPreflight.headers().map().toString());
            assertEquals(BILLING, Http.one(billingPreflight, ACAO));
        }
    }

    /** @return {@code billing.war}: the built WAR without the shop's jar, with {@link BillingApplication} */
    private static Path billingOnly(Path built) throws IOException {
        Path war = built.resolveSibling("bad-origin").resolve("billing.war");
        Files.createDirectories(war.getParent());
        Files.copy(built, war, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem zip = FileSystems.newFileSystem(war)) {
            List<Path> shop;
            try (Stream<Path> libs = Files.list(zip.getPath("/WEB-INF/lib"))) {
                shop = libs.filter(p -> p.getFileName().toString().startsWith("cors-platform-shop-")).toList();
            }
            if (shop.size() != 1) {
                throw new AssertionError("expected the shop's jar in WEB-INF/lib of " + built + ": " + shop);
            }
            Files.delete(shop.get(0));
            String app = "/WEB-INF/classes/" + BillingApplication.class.getName().replace('.', '/') + ".class";
            try (var in = BillingApplication.class.getResourceAsStream("BillingApplication.class")) {
                Files.copy(in, zip.getPath(app));
            }
        }
        return war;
    }
}
