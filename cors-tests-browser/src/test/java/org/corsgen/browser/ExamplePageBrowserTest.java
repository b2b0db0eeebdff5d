package org.corsgen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.corsgen.example.ExampleServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example's demo page (example-jaxrs) in the same headless Chromium: every row must show the outcome
 * the page expects ({@code data-mismatches="0"}), opened as {@code http://localhost:8081/} and as
 * {@code http://127.0.0.1:8081/} (two origins: the DELETE row differs). The first view is saved as
 * {@code example-page.png} in {@code browser.screenshotDir} ({@code target/} in a normal build;
 * {@code docs/} with {@code -Pexample-screenshot}).
 *
 * <p>The page port is 8081 because the example's annotations name {@code http://localhost:8081}; the API
 * port is free ({@code browser.exampleApiPort=0}) unless the profile asks for the README's 8080.
 */
class ExamplePageBrowserTest {

    static final int PAGE_PORT = 8081;

    static ExampleServer example;
    static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        int apiPort = Integer.getInteger("browser.exampleApiPort", 0);
        waitUntilFree(PAGE_PORT);
        if (apiPort != 0) {
            waitUntilFree(apiPort);
        }
        example = ExampleServer.start(apiPort, PAGE_PORT);
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (example != null) {
                example.close();
            }
        }
    }

    @Test
    void everyRowIsAsExpectedOnLocalhostAndTheScreenshotIsTaken() throws IOException {
        int readable = runPage("http://localhost:" + PAGE_PORT + "/");
        assertEquals(11, readable, "on localhost:8081 all rows but the two refused calls (lower-case patch, X-Debug) are readable");
        byte[] png = browser.screenshotWholePage();
        assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG screenshot");
        Path dir = Path.of(System.getProperty("browser.screenshotDir", "target"));
        Files.createDirectories(dir);
        Path file = dir.resolve("example-page.png");
        Files.write(file, png);
        System.out.println("[browser tests] example page screenshot: " + file.toAbsolutePath().normalize());
    }

    @Test
    void everyRowIsAsExpectedOn127001() {
        int readable = runPage("http://127.0.0.1:" + PAGE_PORT + "/");
        assertEquals(9, readable, "on 127.0.0.1:8081 the DELETE (localhost:8081 only) and partners (localhost:*) rows are blocked too");
    }

    /** Opens the page, waits for all its calls, checks every row; returns the number of readable rows. */
    private static int runPage(String url) {
        browser.open(url);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!"true".equals(browser.script("return document.body.dataset.done || null;"))) {
            assertTrue(System.nanoTime() < deadline, "the example page did not finish its calls within 60 s");
            sleep(100);
        }
        @SuppressWarnings("unchecked")
        List<String> verdicts = (List<String>) browser.script(
                "return [...document.querySelectorAll('#rows tr')].map(tr => tr.children[4].textContent);");
        assertEquals(13, verdicts.size(), "rows on the page: " + verdicts);
        for (int i = 0; i < verdicts.size(); i++) {
            assertTrue(verdicts.get(i).contains("as expected"), "row " + (i + 1) + " of " + url + ": " + verdicts.get(i));
        }
        assertEquals("0", browser.script("return document.body.dataset.mismatches;"), "data-mismatches on " + url);
        return (int) verdicts.stream().filter(v -> v.startsWith("readable")).count();
    }

    /** The example's ports are fixed; wait a while for one that another run may still hold, then fail. */
    private static void waitUntilFree(int port) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1")).close();
                return;
            } catch (BindException e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("port " + port + " on 127.0.0.1 stays taken: the example page test needs"
                            + " it (the example's @CrossOrigin names http://localhost:8081); stop whatever listens"
                            + " there, e.g. a running example (ss -ltnp 'sport = :" + port + "')", e);
                }
                sleep(500);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
