package org.corsgen.platform.wildfly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A WildFly standalone server from the distribution the build unpacked, as {@code bin/standalone.sh} starts
 * it (the same JVM options, {@code java -jar jboss-modules.jar ... org.jboss.as.standalone}), but with a
 * server base directory of its own (a fresh copy of {@code standalone/configuration}, empty deployments),
 * bound to 127.0.0.1 on free ports, and with the WARs copied into its deployments folder before the start:
 * the deployment scanner deploys them, and each one's {@code .deployed} (or {@code .failed}) marker tells the
 * outcome.
 */
final class WildFlyServer implements AutoCloseable {

    /** The JVM options {@code bin/common.sh} adds on a modular JDK (WildFly 39). */
    private static final List<String> MODULAR_OPTIONS = List.of(
            "--add-exports=java.desktop/sun.awt=ALL-UNNAMED",
            "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
            "--add-exports=java.naming/com.sun.jndi.url.ldap=ALL-UNNAMED",
            "--add-exports=java.naming/com.sun.jndi.url.ldaps=ALL-UNNAMED",
            "--add-exports=jdk.naming.dns/com.sun.jndi.dns=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.security=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.management/javax.management=ALL-UNNAMED",
            "--add-opens=java.naming/javax.naming=ALL-UNNAMED");

    private final Process process;
    private final Path base;
    private final int httpPort;
    /** Kills the server if the test JVM exits without {@link #close()} (e.g. surefire's fork is stopped). */
    private final Thread reaper = new Thread(this::kill, "kill WildFly at JVM exit");
    private Duration bootTime;

    private WildFlyServer(Process process, Path base, int httpPort) {
        this.process = process;
        this.base = base;
        this.httpPort = httpPort;
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /**
     * Starts the server with the WARs deployed and waits for their deployments and the HTTP listener.
     *
     * @param java the {@code java} executable to run the server with
     * @param home the unpacked distribution ({@code JBOSS_HOME})
     * @param base the server base directory to create (deleted first)
     * @param wars the WARs; each file name is the deployment's name and so its context path
     * @param env added to the server's environment
     * @param timeout how long the boot and the deployment may take
     * @throws AssertionError naming the reason and the tail of the server's logs when it did not come up
     */
    static WildFlyServer start(Path java, Path home, Path base, List<Path> wars, Map<String, String> env,
            Duration timeout)
            throws IOException, InterruptedException {
        return start(java, home, base, wars, Set.of(), env, timeout);
    }

    /**
     * As {@link #start(Path, Path, Path, List, Map, Duration)}, but the deployments named in {@code mayFail}
     * may end with a {@code .failed} marker instead of {@code .deployed} (the caller looks at which).
     */
    static WildFlyServer start(Path java, Path home, Path base, List<Path> wars, Set<String> mayFail,
            Map<String, String> env, Duration timeout)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(home.resolve("jboss-modules.jar"))) {
            throw new AssertionError("no WildFly distribution at " + home + ": the build unpacks it (mvn verify)");
        }
        for (Path war : wars) {
            if (!Files.isRegularFile(war)) {
                throw new AssertionError("no WAR at " + war + ": the build makes it (process-test-classes)");
            }
        }
        deleteTree(base);
        Files.createDirectories(base.resolve("deployments"));
        Files.createDirectories(base.resolve("log"));
        copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
        // copied next to the folder, then moved in: the scanner never sees half a file
        List<String> names = new ArrayList<>();
        for (Path war : wars) {
            String name = war.getFileName().toString();
            Path staged = base.resolve(name + ".part");
            Files.copy(war, staged);
            Files.move(staged, base.resolve("deployments").resolve(name), StandardCopyOption.ATOMIC_MOVE);
            names.add(name);
        }

        int[] ports = freePorts(5);
        List<String> command = new ArrayList<>(List.of(java.toString(), "-D[Standalone]",
                "-Xms64m", "-Xmx512m", "-Djava.net.preferIPv4Stack=true",
                "-Djboss.modules.system.pkgs=org.jboss.byteman", "-Djava.awt.headless=true",
                "-Djdk.serialFilter=maxbytes=10485760;maxdepth=128;maxarray=100000;maxrefs=300000"));
        command.addAll(MODULAR_OPTIONS);
        command.addAll(List.of(
                "-Dorg.jboss.boot.log.file=" + base.resolve("log/server.log"),
                "-Dlogging.configuration=file:" + base.resolve("configuration/logging.properties"),
                "-jar", home.resolve("jboss-modules.jar").toString(),
                "-mp", home.resolve("modules").toString(),
                "org.jboss.as.standalone",
                "-Djboss.home.dir=" + home,
                "-Djboss.server.base.dir=" + base,
                "--server-config=standalone.xml",
                "-Djboss.bind.address=127.0.0.1",
                "-Djboss.bind.address.management=127.0.0.1",
                "-Djboss.socket.binding.port-offset=0",
                "-Djboss.http.port=" + ports[0],
                "-Djboss.https.port=" + ports[1],
                "-Djboss.management.http.port=" + ports[2],
                "-Djboss.management.https.port=" + ports[3],
                "-Djboss.ajp.port=" + ports[4]));
        ProcessBuilder pb = new ProcessBuilder(command).directory(base.toFile()).redirectErrorStream(true)
                .redirectOutput(base.resolve("log/console.log").toFile());
        pb.environment().putAll(env);
        long started = System.nanoTime();
        Process process = pb.start();
        WildFlyServer server = new WildFlyServer(process, base, ports[0]);
        try {
            server.awaitDeployments(names, mayFail, started + timeout.toNanos());
            server.awaitHttp(started + timeout.toNanos());
        } catch (AssertionError | IOException | InterruptedException | RuntimeException e) {
            server.kill();
            throw e;
        }
        server.bootTime = Duration.ofNanos(System.nanoTime() - started);
        return server;
    }

    /**
     * Waits for every deployment's {@code .deployed} marker (or {@code .failed}, for those in {@code mayFail});
     * fails at the first other {@code .failed} one.
     */
    private void awaitDeployments(List<String> names, Set<String> mayFail, long deadline)
            throws IOException, InterruptedException {
        Path deployments = base.resolve("deployments");
        List<String> waiting = new ArrayList<>(names);
        while (true) {
            for (String name : waiting) {
                Path failed = deployments.resolve(name + ".failed");
                if (Files.exists(failed) && !mayFail.contains(name)) {
                    throw failure(name + " failed to deploy: " + Files.readString(failed, StandardCharsets.UTF_8));
                }
            }
            waiting.removeIf(name -> Files.exists(deployments.resolve(name + ".deployed"))
                    || mayFail.contains(name) && Files.exists(deployments.resolve(name + ".failed")));
            if (waiting.isEmpty()) {
                return;
            }
            if (!process.isAlive()) {
                throw failure("WildFly exited with " + process.exitValue() + " before " + waiting + " were deployed");
            }
            if (System.nanoTime() > deadline) {
                throw failure("WildFly did not deploy " + waiting + " in time (no .deployed marker)");
            }
            Thread.sleep(200);
        }
    }

    /** The deployment is done once the marker is written; the listener is normally up by then, but bounded. */
    private void awaitHttp(long deadline) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create("http://127.0.0.1:" + httpPort + "/");
        while (true) {
            try {
                client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw failure("WildFly's HTTP listener on " + uri + " does not answer: " + notYet);
                }
                Thread.sleep(200);
            }
        }
    }

    int httpPort() {
        return httpPort;
    }

    /** @return from the process start to the deployment and the listener answering */
    Duration bootTime() {
        return bootTime;
    }

    Path serverLog() {
        return base.resolve("log/server.log");
    }

    /** @return the deployments folder, where the scanner writes each deployment's marker */
    Path deployments() {
        return base.resolve("deployments");
    }

    /** @return the last {@code lines} lines of both logs, for failure messages */
    String logTail(int lines) {
        return tail(base.resolve("log/server.log"), lines) + tail(base.resolve("log/console.log"), lines);
    }

    private AssertionError failure(String why) {
        return new AssertionError(why + "\n" + logTail(60));
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return "--- last lines of " + file + " ---\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
        } catch (IOException e) {
            return "--- " + file + ": " + e + " ---\n";
        }
    }

    /** Stops the server as a SIGTERM to standalone.sh would (a graceful shutdown), else kills it. */
    @Override
    public void close() {
        Runtime.getRuntime().removeShutdownHook(reaper);
        process.destroy();
        boolean stopped;
        try {
            stopped = process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = false;
        }
        if (!stopped) {
            kill();
            throw new AssertionError("WildFly did not stop within 60 s of SIGTERM: killed\n" + logTail(30));
        }
    }

    /** Kills the process and anything it started. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return distinct free loopback ports (held open together so that none is handed out twice) */
    private static int[] freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
