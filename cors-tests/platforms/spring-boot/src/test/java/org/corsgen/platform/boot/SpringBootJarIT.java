package org.corsgen.platform.boot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.regex.Pattern;

import org.corsgen.platform.checks.PlatformChecks;
import org.corsgen.testsupport.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * The checks on the executable jar that spring-boot-maven-plugin repackaged (the application and its
 * libraries as nested jars under {@code BOOT-INF/lib}, Boot's own class loader), started as users start it:
 * {@code java -jar}, in a process of its own, {@code PLATFORM_ORIGINS} in its environment, on a port the
 * server picks ({@code --server.port=0}, read from its log). What this adds to {@link SpringBootJerseyTest}:
 * corsgen's services files are found inside nested jars. Run by failsafe after {@code package} (tag
 * {@value #TAG}, which surefire excludes).
 */
@Tag(SpringBootJarIT.TAG)
class SpringBootJarIT extends PlatformChecks {

    static final String TAG = "boot-jar";

    private static final Duration START = Duration.ofSeconds(180);
    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    private ServerProcess server;
    private int port;

    @BeforeAll
    void start() throws Exception {
        String jar = System.getProperty("corsgen.boot.jar");
        assertTrue(jar != null && Files.isRegularFile(Paths.get(jar)),
                "no executable jar at corsgen.boot.jar=" + jar + ": run through mvn verify");
        Path log = Paths.get(System.getProperty("corsgen.boot.log", "target/boot-jar.log"));
        ProcessBuilder pb = new ProcessBuilder(ServerProcess.java(), "-jar", jar, "--server.port=0",
                "--server.address=127.0.0.1");
        pb.environment().put("PLATFORM_ORIGINS", ENV_ORIGIN);
        server = ServerProcess.start("the Boot jar", pb, log);
        port = Integer.parseInt(server.awaitLog(STARTED, START).group(1));
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected String base() {
        return "http://127.0.0.1:" + port + "/shop/api/";
    }
}
