package org.corsgen.platform.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

import org.corsgen.testsupport.Http;
import org.corsgen.testsupport.ServerProcess;
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
        int port = ServerProcess.freePort();
        ProcessBuilder builder = new ProcessBuilder(ServerProcess.java(), "-Dquarkus.http.port=" + port, "-jar",
                jar.toString());
        builder.environment().put("PLATFORM_ORIGINS", "https://bad.example.com/");
        try (ServerProcess server = ServerProcess.start("the Quarkus application", builder,
                Paths.get("target", "quarkus-bad-origin.log"))) {
            assertEquals(1, server.awaitExit(Duration.ofSeconds(180)), server.tail());
            String text = server.log();
            assertTrue(text.contains("Error running Quarkus"), text);
            assertTrue(text.contains(CORSGEN), text);
            assertTrue(text.contains(PROBLEM), text);
            assertThrows(ConnectException.class,
                    () -> Http.withoutRetry("http://127.0.0.1:" + port + "/shop/api/").send("GET", "items"),
                    "nothing listens");
        }
    }
}
