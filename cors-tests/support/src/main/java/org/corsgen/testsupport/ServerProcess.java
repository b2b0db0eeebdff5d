package org.corsgen.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server the tests start as a process of its own (an application server, an executable jar), with its
 * output in a log file: bounded waits for a log line or for its exit, each failing with the tail of the log
 * when the server exits first or takes too long; stopped with its child processes on {@link #close()}, and
 * by a shutdown hook when the test JVM is stopped from outside (a timeout, ^C).
 */
public final class ServerProcess implements AutoCloseable {

    private static final int TAIL_LINES = 80;
    /** ANSI colour sequences, which some servers write even to a file. */
    private static final String COLOURS = "\u001B\\[[0-9;]*m";

    private final String name;
    private final Process process;
    private final Path log;
    private final Thread kill;

    private ServerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.kill = new Thread(() -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }, "stop " + name);
        Runtime.getRuntime().addShutdownHook(kill);
    }

    /**
     * @param name what the server is, for messages (e.g. "Payara Micro")
     * @param builder the command, working directory and environment; its output is sent to {@code log}
     * @param log the file the server's output (stdout and stderr) goes to, created with its folders
     */
    public static ServerProcess start(String name, ProcessBuilder builder, Path log) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ServerProcess(name, process, log);
    }

    /** @return a port free on the loopback interface just now */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the {@code java} launcher of the JVM running the tests */
    public static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    public Process process() {
        return process;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** @return everything the server wrote so far, without terminal colours */
    public String log() {
        try {
            // decoded leniently: a server may write bytes that are not UTF-8
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).replaceAll(COLOURS, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the last lines of the log, headed by its path and without terminal colours: for failure messages */
    public String tail() {
        try {
            List<String> lines = log().lines().toList();
            return "--- tail of " + log + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (UncheckedIOException e) {
            return "(no log at " + log + ": " + e + ")";
        }
    }

    /**
     * Waits for {@code line} in the log.
     *
     * @return the first match
     * @throws AssertionError with the log's tail, when the server exits first or {@code within} passes
     */
    public Matcher awaitLog(Pattern line, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Matcher m = line.matcher(log());
            if (m.find()) {
                return m;
            }
            if (!process.isAlive()) {
                fail(name + " exited with " + process.exitValue() + " before \"" + line + "\"\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                fail("no \"" + line + "\" in the log of " + name + " within " + within.toSeconds() + " s\n" + tail());
            }
            Thread.sleep(200);
        }
    }

    /** Waits for the literal {@code text} in the log, as {@link #awaitLog(Pattern, Duration)}. */
    public void awaitLog(String text, Duration within) throws InterruptedException {
        awaitLog(Pattern.compile(Pattern.quote(text)), within);
    }

    /**
     * @return the exit code
     * @throws AssertionError with the log's tail, when the server still runs after {@code within}
     */
    public int awaitExit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            fail(name + " still runs after " + within.toSeconds() + " s\n" + tail());
        }
        return process.exitValue();
    }

    /** Stops the server (politely, then by force after 30 s) and every process it started. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            Runtime.getRuntime().removeShutdownHook(kill);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }
}
