package org.corsgen.conformance;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;

import org.corsgen.testsupport.Http;

/**
 * An application on the runtime under test, started through {@link SeBootstrap} on 127.0.0.1 with a free
 * port, and an HTTP client for it.
 */
public final class Server implements AutoCloseable {

    private final SeBootstrap.Instance instance;
    private final String base;
    private final Http http;

    private Server(SeBootstrap.Instance instance, String base) {
        this.instance = instance;
        this.base = base;
        this.http = new Http(base);
    }

    /**
     * @param app the application
     * @param applicationPath the path the application is served under ({@code "api/"}), or {@code ""}
     */
    public static Server start(Application app, String applicationPath) throws Exception {
        ContainerUnderTest.current(); // fails here if the runner has the wrong runtime
        SeBootstrap.Configuration config = SeBootstrap.Configuration.builder()
                .protocol("HTTP").host("127.0.0.1").port(SeBootstrap.Configuration.FREE_PORT).rootPath("/").build();
        SeBootstrap.Instance instance = SeBootstrap.start(app, config).toCompletableFuture().get(60, TimeUnit.SECONDS);
        int port = instance.configuration().port();
        if (port <= 0) {
            instance.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
            throw new IllegalStateException("the runtime did not report its port: " + port);
        }
        return new Server(instance, "http://127.0.0.1:" + port + "/" + applicationPath);
    }

    /** @return the client, for paths relative to the application */
    public Http http() {
        return http;
    }

    /** @return the application's base URI, e.g. {@code http://127.0.0.1:40123/api/} */
    public String base() {
        return base;
    }

    public int port() {
        return instance.configuration().port();
    }

    /** @return the server's own origin, e.g. {@code http://127.0.0.1:40123} */
    public String ownOrigin() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() throws ExecutionException, TimeoutException {
        try {
            instance.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
