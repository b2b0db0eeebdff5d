package org.corsgen.platform.boot;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corsgen.platform.checks.PlatformChecks;
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

    private Process server;
    private Path log;
    private int port;

    @BeforeAll
    void start() throws Exception {
        String jar = System.getProperty("corsgen.boot.jar");
        assertTrue(jar != null && Files.isRegularFile(Paths.get(jar)),
                "no executable jar at corsgen.boot.jar=" + jar + ": run through mvn verify");
        log = Paths.get(System.getProperty("corsgen.boot.log", "target/boot-jar.log"));
        Files.createDirectories(log.toAbsolutePath().getParent());
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-jar", jar, "--server.port=0", "--server.address=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PLATFORM_ORIGINS", ENV_ORIGIN);
        server = pb.start();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
                return;
            }
            if (!server.isAlive()) {
                fail("the Boot jar exited with " + server.exitValue() + " before it started:\n" + tail());
            }
            Thread.sleep(200);
        }
        stop();
        fail("the Boot jar did not start within " + START + ":\n" + tail());
    }

    @AfterAll
    void stop() throws Exception {
        if (server == null) {
            return;
        }
        List<ProcessHandle> children = server.descendants().toList();
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        children.forEach(ProcessHandle::destroyForcibly);
        server = null;
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    @Override
    protected String base() {
        return "http://127.0.0.1:" + port + "/shop/api/";
    }
}
