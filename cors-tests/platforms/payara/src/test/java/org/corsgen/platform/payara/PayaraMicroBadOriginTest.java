package org.corsgen.platform.payara;

import static org.corsgen.platform.checks.PlatformChecks.APP;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.corsgen.testsupport.Http;
import org.corsgen.testsupport.ServerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a bad {@code PLATFORM_ORIGINS} (a trailing slash, rule origin-trailing-slash) does on Payara Micro 7, as measured:
 * the application fails at deployment, the server does not. Payara initialises Jersey's servlet when it starts
 * the web application (after "shop was successfully deployed", in the initialisation of all applications), so
 * corsgen's generated filter refuses the value then: "Startup of context /shop failed due to previous errors",
 * "Exception while loading the app", with corsgen's message; Payara Micro carries on, prints its ready line and
 * keeps running, and no request to {@code /shop} reaches the application: Payara's default web module answers
 * (404 to GET and POST, 403 to PUT and DELETE, 200 with an {@code Allow} header and no CORS header to a
 * preflight, which a browser refuses).
 *
 * <p>The other WAR ({@code beans.war}, no placeholder) depends on the order of {@code --deploy}: deployed before
 * shop.war it serves; deployed after it, it is lost as well: Payara Micro's initialisation of the applications
 * then stops with a {@code ConcurrentModificationException} ("Exception while running a command"), the instance
 * reports no application deployed, and {@code /beans} answers 404 too (Payara's behaviour, measured on
 * 7.2026.11, not corsgen's).
 *
 * <p>The value is per process, so each case starts a server of its own; each start's time is printed.
 */
class PayaraMicroBadOriginTest {

    static final String TRAILING_SLASH = "https://bad.example.com/";
    static final String CORSGEN = "corsgen: org.corsgen.platform.shop.ShopCorsFilter cannot start";
    static final String PROBLEM = "${PLATFORM_ORIGINS} = \"" + TRAILING_SLASH
            + "\" (environment variable PLATFORM_ORIGINS) breaks rule origin-trailing-slash";
    static final String CONTEXT_FAILED = "Startup of context /shop failed due to previous errors";

    private ServerProcess server;
    private int port;

    @Test
    void shopFailsAtDeploymentTheServerRunsAndABeansWarDeployedBeforeItServes() throws Exception {
        start("beans-first", "payara.beans.war", "payara.war");
        assertShopFailed();
        HttpResponse<String> plain = beans().send("GET", "plain", "Origin", PayaraMicroWarTest.BEANS);
        assertEquals(200, plain.statusCode(), tail());
        assertEquals(PayaraMicroWarTest.BEANS, Http.one(plain, ACAO), plain.headers().map().toString());
    }

    @Test
    void aBeansWarDeployedAfterTheFailedShopIsLostToo() throws Exception {
        start("shop-first", "payara.war", "payara.beans.war");
        assertShopFailed();
        String text = log();
        assertTrue(text.contains("java.util.ConcurrentModificationException"), tail());
        assertTrue(text.replaceAll("\\s", "").contains("\"Deployed\":[]"), "Payara reports no application\n"
                + tail());
        assertEquals(404, beans().send("GET", "plain", "Origin", PayaraMicroWarTest.BEANS).statusCode(), tail());
    }

    /** corsgen's message and Payara's in the log, the server running, and 404 for every request to /shop. */
    private void assertShopFailed() throws Exception {
        String text = log();
        assertTrue(text.contains(CORSGEN) && text.contains(PROBLEM), "expected \"" + CORSGEN + "\" and \"" + PROBLEM
                + "\"\n" + tail());
        assertTrue(text.contains(CONTEXT_FAILED), tail());
        assertTrue(text.contains("Exception while loading the app"), tail());
        assertTrue(server.isAlive(), "Payara Micro keeps running\n" + tail());
        // no application at /shop: what answers is Payara's default web module (its read-only default servlet),
        // never with a CORS header
        Http shop = new Http("http://127.0.0.1:" + port + "/shop/api/");
        for (String[] request : List.of(new String[] {"GET", "items", "404"}, new String[] {"GET", "invoices", "404"},
                new String[] {"POST", "items", "404"}, new String[] {"DELETE", "items/7", "403"},
                new String[] {"PUT", "items/7", "403"})) {
            HttpResponse<String> r = shop.send(request[0], request[1], "Origin", APP);
            assertEquals(Integer.parseInt(request[2]), r.statusCode(), request[0] + " " + request[1] + "\n" + tail());
            assertNoCorsHeaders(r);
        }
        // the preflight: the default servlet's OPTIONS (200, an Allow header), without CORS headers, which a
        // browser takes as a refusal
        HttpResponse<String> preflight = shop.preflight("items/1", APP, "PUT");
        assertEquals(200, preflight.statusCode(), preflight.headers().map().toString());
        assertNoCorsHeaders(preflight);
        assertTrue(preflight.headers().firstValue("Allow").isPresent(), preflight.headers().map().toString());
    }

    private Http beans() {
        return new Http("http://127.0.0.1:" + port + "/beans/api/");
    }

    /** Starts Payara Micro with the WARs (system properties naming them) in this order and waits for its ready line. */
    private void start(String name, String... wars) throws Exception {
        List<Path> paths = new ArrayList<>();
        for (String war : wars) {
            paths.add(PayaraMicroWarTest.existing(war));
        }
        port = ServerProcess.freePort();
        long started = System.nanoTime();
        server = PayaraMicroWarTest.startPayara(Path.of(PayaraMicroWarTest.required("payara.work") + "-bad-origin-"
                + name), port, TRAILING_SLASH, paths.toArray(Path[]::new));
        PayaraMicroWarTest.awaitReady(server);
        System.out.printf("Payara Micro (%s, bad origin) ready in %d ms%n", name,
                (System.nanoTime() - started) / 1_000_000);
        assertFalse(log().contains("ShopCorsFilter applies"), tail());
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private String log() {
        return server.log();
    }

    private String tail() {
        return server.tail();
    }
}
