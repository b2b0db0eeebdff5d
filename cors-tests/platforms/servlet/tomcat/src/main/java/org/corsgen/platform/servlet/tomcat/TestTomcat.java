package org.corsgen.platform.servlet.tomcat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * An embedded Tomcat for one test: loopback only, port 0 (the port it bound is read after the start), a base
 * directory of its own under {@code corsgen.platform.work}, and every {@code java.util.logging} record from its
 * creation to {@link #close} (Tomcat's, the web application's, corsgen's) kept as text: tests assert on it, and a
 * failed start names its tail.
 */
public final class TestTomcat implements AutoCloseable {

    /** The bound of a start or a stop: the machine is shared by several builds. */
    public static final Duration BOUND = Duration.ofSeconds(180);

    private static final AtomicInteger COUNT = new AtomicInteger();

    private final Tomcat tomcat = new Tomcat();
    private final List<String> log = new ArrayList<>();
    private final Handler handler = new Handler() {
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord r) {
            StringBuilder b = new StringBuilder(r.getLevel().getName()).append(' ').append(r.getLoggerName())
                    .append(": ").append(format.formatMessage(r));
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                b.append('\n').append(trace);
            }
            synchronized (log) {
                log.add(b.toString());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /**
     * @param name the test's name, for the base directory
     */
    public TestTomcat(String name) {
        Path base = Path.of(System.getProperty("corsgen.platform.work", "target/tomcat"))
                .resolve(name + "-" + COUNT.incrementAndGet()).toAbsolutePath();
        try {
            Files.createDirectories(base.resolve("webapps"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        handler.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(handler);
        tomcat.setBaseDir(base.toString());
        tomcat.setHostname("127.0.0.1");
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
    }

    /** @return the exploded web application the build laid out ({@code corsgen.platform.webapp}) */
    public static Path webapp() {
        Path dir = Path.of(System.getProperty("corsgen.platform.webapp", "target/webapp")).toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("WEB-INF/lib"))) {
            throw new IllegalStateException(dir + "/WEB-INF/lib is missing: run the build through the"
                    + " process-test-resources phase (maven-dependency-plugin copies the web application there)");
        }
        return dir;
    }

    /** @return the Tomcat to configure before {@link #start} */
    public Tomcat tomcat() {
        return tomcat;
    }

    /**
     * Starts Tomcat, within {@link #BOUND}.
     *
     * @throws LifecycleException as {@link Tomcat#start} throws it
     * @throws AssertionError when the start takes longer, with the log's tail
     */
    public void start() throws LifecycleException {
        CompletableFuture<Void> start = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                tomcat.start();
                start.complete(null);
            } catch (Throwable e) {
                start.completeExceptionally(e);
            }
        }, "tomcat-start");
        t.setDaemon(true);
        t.start();
        try {
            start.get(BOUND.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LifecycleException l) {
                throw l;
            }
            throw new AssertionError("Tomcat did not start: " + e.getCause() + "\n" + tail(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("Tomcat did not start within " + BOUND + "\n" + tail(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while Tomcat started", e);
        }
    }

    /**
     * Starts Tomcat and fails, with the log's tail, when it does not.
     *
     * @return this
     */
    public TestTomcat started() {
        try {
            start();
        } catch (LifecycleException e) {
            throw new AssertionError("Tomcat did not start: " + e + "\n" + tail(), e);
        }
        if (port() <= 0) {
            throw new AssertionError("Tomcat started without a bound port (" + port() + ")\n" + tail());
        }
        return this;
    }

    /** @return the port the connector bound, or a negative value when it is not bound */
    public int port() {
        return tomcat.getConnector().getLocalPort();
    }

    /** @return every log record so far, one string each (the message, then the stack trace if any) */
    public List<String> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /**
     * @param level a {@code java.util.logging} level's name, e.g. {@code SEVERE}
     * @param parts what the record must contain, message or stack trace
     * @return whether a record of that level so far contains every part
     */
    public boolean logged(String level, String... parts) {
        return log().stream().anyMatch(l -> l.startsWith(level + " ") && java.util.Arrays.stream(parts)
                .allMatch(l::contains));
    }

    /** @return the log's last 60 records, for a failure message */
    public String tail() {
        List<String> all = log();
        return "--- the last log records of Tomcat (" + all.size() + " in all) ---\n"
                + String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
    }

    /** Stops and destroys Tomcat (within {@link #BOUND}) and stops keeping the log. */
    @Override
    public void close() throws Exception {
        try {
            CompletableFuture.runAsync(() -> {
                try {
                    tomcat.stop();
                    tomcat.destroy();
                } catch (LifecycleException e) {
                    throw new IllegalStateException(e);
                }
            }).get(BOUND.toSeconds(), TimeUnit.SECONDS);
        } finally {
            Logger.getLogger("").removeHandler(handler);
        }
    }
}
