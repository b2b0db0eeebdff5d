package org.corsgen.platform.payara;

import static org.corsgen.platform.checks.PlatformChecks.APP;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.corsgen.testsupport.Http;
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

    private static final Duration READY = Duration.ofSeconds(240);

    private Process server;
    private Thread kill;
    private Path log;
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
        Path jar = PayaraMicroWarTest.existing("payara.micro.jar");
        Path work = Path.of(PayaraMicroWarTest.required("payara.work") + "-bad-origin-" + name);
        PayaraMicroWarTest.deleteTree(work);
        Path root = Files.createDirectories(work.resolve("root"));
        Path unpack = Files.createDirectories(work.resolve("unpack"));
        log = work.resolve("server.log");
        Path preboot = Files.writeString(work.resolve("preboot.asadmin"), String.join("\n",
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener"
                        + ".address=127.0.0.1",
                "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false", ""));
        port = PayaraMicroWarTest.freePort();
        List<String> command = new ArrayList<>(List.of(PayaraMicroWarTest.java(), "-Xmx512m", "-jar",
                jar.toString()));
        for (String war : wars) {
            command.addAll(List.of("--deploy", PayaraMicroWarTest.existing(war).toString()));
        }
        command.addAll(List.of("--port", Integer.toString(port), "--nocluster", "--disablephonehome",
                "--prebootcommandfile", preboot.toString(), "--rootdir", root.toString(),
                "--unpackdir", unpack.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PLATFORM_ORIGINS", TRAILING_SLASH);
        long started = System.nanoTime();
        server = builder.start();
        // a test JVM stopped from outside (a timeout, ^C) takes the server with it
        Process process = server;
        kill = new Thread(() -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }, "stop Payara Micro");
        Runtime.getRuntime().addShutdownHook(kill);
        long deadline = started + READY.toNanos();
        while (!PayaraMicroWarTest.READY_LINE.matcher(log()).find()) {
            if (!server.isAlive()) {
                fail("Payara Micro exited with " + server.exitValue() + " before it was ready\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                fail("Payara Micro was not ready within " + READY.toSeconds() + " s\n" + tail());
            }
            Thread.sleep(250);
        }
        System.out.printf("Payara Micro (%s, bad origin) ready in %d ms%n", name,
                (System.nanoTime() - started) / 1_000_000);
        assertFalse(log().contains("ShopCorsFilter applies"), tail());
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(server.descendants().toList());
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
        tree.forEach(ProcessHandle::destroyForcibly);
        server = null;
        try {
            Runtime.getRuntime().removeShutdownHook(kill);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already
        }
    }

    /** @return the server's log, without terminal colours */
    private String log() throws IOException {
        return Files.readString(log, StandardCharsets.ISO_8859_1).replaceAll("\u001B\\[[0-9;]*m", "");
    }

    private String tail() throws IOException {
        List<String> lines = List.of(log().split("\n"));
        return "--- tail of " + log + " ---\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 80),
                lines.size()));
    }
}
