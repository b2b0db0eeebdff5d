package org.corsgen.platform.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a bad {@code PLATFORM_ORIGINS} (a trailing slash) does to the built application (the fast-jar, started as
 * users start it: {@code java -jar target/quarkus-app/quarkus-run.jar}, the value in the process's environment):
 * Quarkus REST configures the features while the application starts, corsgen's generated filter refuses the value
 * in its class initialisation, and Quarkus stops: "Error running Quarkus" with corsgen's message, exit code 1,
 * nothing listening. Run by failsafe after {@code package} (tag {@value #TAG}).
 */
@Tag(QuarkusJarBadOriginIT.TAG)
class QuarkusJarBadOriginIT {

    static final String TAG = "quarkus-jar";
    static final String CORSGEN = "corsgen: org.corsgen.platform.shop.ShopCorsFilter cannot start";
    static final String PROBLEM = "${PLATFORM_ORIGINS} = \"https://bad.example.com/\" (environment variable"
            + " PLATFORM_ORIGINS) breaks rule origin-trailing-slash";

    @Test
    void theApplicationDoesNotStart() throws Exception {
        Path jar = Paths.get(System.getProperty("corsgen.quarkus.jar", "target/quarkus-app/quarkus-run.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " is missing: run mvn verify (the jar is built in package)");
        Path log = Files.createTempFile(Paths.get("target"), "quarkus-bad-origin", ".log");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PLATFORM_ORIGINS", "https://bad.example.com/");
        Process server = builder.start();
        try {
            boolean exited = server.waitFor(180, TimeUnit.SECONDS);
            String text = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(exited, "still running after 180 s with a bad origin:\n" + text);
            assertEquals(1, server.exitValue(), text);
            assertTrue(text.contains("Error running Quarkus"), text);
            assertTrue(text.contains(CORSGEN), text);
            assertTrue(text.contains(PROBLEM), text);
            assertThrows(ConnectException.class,
                    () -> Http.withoutRetry("http://127.0.0.1:" + port + "/shop/api/").send("GET", "items"),
                    "nothing listens");
        } finally {
            server.destroyForcibly();
        }
    }
}
