package org.corsgen.platform.boot;

import static org.corsgen.platform.checks.PlatformChecks.APP;
import static org.corsgen.platform.checks.PlatformChecks.BILLING;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.corsgen.testsupport.Http;
import org.corsgen.testsupport.ServerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a bad {@code PLATFORM_ORIGINS} (a trailing slash, rule origin-trailing-slash) does to the executable jar, started
 * as users start it ({@code java -jar}, the value in the process's environment), as measured on Spring Boot 4.0.7
 * with spring-boot-starter-jersey. corsgen's generated filter refuses the value in its class initialisation, which
 * runs when Jersey's servlet is initialised:
 * <ul>
 * <li>by default Boot registers Jersey's servlet lazily ({@code spring.jersey.servlet.load-on-startup} -1): the
 * application starts ("Started ShopBootApplication", Tomcat listening) and logs nothing of corsgen; the first
 * request initialises the servlet, which fails with corsgen's message, and answers 500; every later request, to
 * every route (billing has no placeholder) and to none, answers 500 too, but the log then says only "The resource
 * configuration is not modifiable in this context": Boot's one {@code ResourceConfig} bean was locked by the
 * failed first initialisation, so corsgen's message appears once, at the first request.
 * <li>with {@code --spring.jersey.servlet.load-on-startup=1} Boot initialises the servlet while it starts Tomcat,
 * and a servlet that fails there fails the start: "Application run failed" with corsgen's message as the root
 * cause, the process exits with 1, and nothing listens on the port.
 * </ul>
 */
@Tag(SpringBootJarIT.TAG)
class SpringBootJarBadOriginIT {

    static final String TRAILING_SLASH = "https://bad.example.com/";
    static final String CORSGEN = "corsgen: org.corsgen.platform.shop.ShopCorsFilter cannot start";
    static final String PROBLEM = "${PLATFORM_ORIGINS} = \"" + TRAILING_SLASH
            + "\" (environment variable PLATFORM_ORIGINS) breaks rule origin-trailing-slash";
    static final String STARTED = "Started ShopBootApplication";
    static final String LOCKED = "The resource configuration is not modifiable in this context";

    private static final Duration START = Duration.ofSeconds(180);

    private ServerProcess server;

    @Test
    void lazyServletByDefaultTheAppStartsThenAnswers500ToEveryRequest() throws Exception {
        int port = start("lazy");
        awaitLog(STARTED);
        assertTrue(server.isAlive(), tail());
        assertFalse(log().contains("corsgen: "), "the servlet is not initialised before the first request\n" + tail());
        Http api = new Http("http://127.0.0.1:" + port + "/shop/api/");

        HttpResponse<String> first = api.send("GET", "items", "Origin", APP);
        assertEquals(500, first.statusCode(), tail());
        assertNoCorsHeaders(first);
        awaitLog(PROBLEM);
        assertTrue(log().contains(CORSGEN), tail());
        int logged = occurrences(log(), CORSGEN);

        for (String[] request : List.of(new String[] {"GET", "items"}, new String[] {"GET", "invoices"},
                new String[] {"DELETE", "items/7"}, new String[] {"GET", "no-such-resource"})) {
            HttpResponse<String> r = api.send(request[0], request[1], "Origin", BILLING);
            assertEquals(500, r.statusCode(), request[0] + " " + request[1] + "\n" + tail());
            assertNoCorsHeaders(r);
        }
        HttpResponse<String> preflight = api.preflight("items/1", APP, "PUT");
        assertEquals(500, preflight.statusCode(), tail());
        assertNoCorsHeaders(preflight);
        // the later failures are Jersey's, about the locked configuration: corsgen's message is logged for the
        // first request only (Tomcat's "Servlet.init() ... threw exception" and "Allocate exception")
        awaitLog(LOCKED);
        assertEquals(logged, occurrences(log(), CORSGEN), "no corsgen message after the first request\n" + tail());
        assertTrue(server.isAlive(), "the application keeps running\n" + tail());
        // outside Jersey's mapping nothing serves anyway: Tomcat's 404, also from the bad start
        assertEquals(404, new Http("http://127.0.0.1:" + port + "/shop/").send("GET", "other").statusCode());
    }

    @Test
    void loadOnStartupTheStartFailsAndTheProcessExits() throws Exception {
        int port = start("load-on-startup", "--spring.jersey.servlet.load-on-startup=1");
        assertEquals(1, server.awaitExit(START), tail());
        String text = log();
        assertTrue(text.contains("Application run failed"), tail());
        assertTrue(text.contains("Unable to start embedded Tomcat server"), tail());
        assertTrue(text.contains(CORSGEN) && text.contains(PROBLEM), "expected \"" + CORSGEN + "\" and \"" + PROBLEM
                + "\"\n" + tail());
        assertFalse(text.contains(STARTED), tail());
        Http api = new Http("http://127.0.0.1:" + port + "/shop/api/");
        assertThrows(ConnectException.class, () -> api.send("GET", "items", "Origin", APP), "nothing listens");
    }

    /** Starts the jar with the bad value on a free port; {@code name} names its log. */
    private int start(String name, String... more) throws IOException {
        String jar = System.getProperty("corsgen.boot.jar");
        assertTrue(jar != null && Files.isRegularFile(Paths.get(jar)),
                "no executable jar at corsgen.boot.jar=" + jar + ": run through mvn verify");
        Path log = Paths.get(System.getProperty("corsgen.boot.log", "target/boot-jar.log")).toAbsolutePath()
                .getParent().resolve("boot-jar-bad-origin-" + name + ".log");
        int port = ServerProcess.freePort();
        List<String> command = new ArrayList<>(List.of(ServerProcess.java(), "-jar", jar, "--server.port=" + port,
                "--server.address=127.0.0.1"));
        command.addAll(List.of(more));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PLATFORM_ORIGINS", TRAILING_SLASH);
        server = ServerProcess.start("the Boot jar", pb, log);
        return port;
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private void awaitLog(String line) throws Exception {
        server.awaitLog(line, START);
    }

    private String log() {
        return server.log();
    }

    private String tail() {
        return server.tail();
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
