package org.corsgen.hardening.http;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;

import org.corsgen.hardening.api.BaselineApplication;
import org.corsgen.hardening.api.HardeningApplication;

/** The test API on real Jersey 3.1 + Grizzly, started through {@link SeBootstrap} on 127.0.0.1, a free port. */
final class HardeningServer implements AutoCloseable {

    private final SeBootstrap.Instance instance;

    private HardeningServer(SeBootstrap.Instance instance) {
        this.instance = instance;
    }

    static HardeningServer start() throws Exception {
        return start(new HardeningApplication());
    }

    /** The same resources without corsgen: what the container answers on its own. */
    static HardeningServer startWithoutCors() throws Exception {
        return start(new BaselineApplication());
    }

    private static HardeningServer start(Application application) throws Exception {
        SeBootstrap.Configuration config = SeBootstrap.Configuration.builder()
                .protocol("HTTP").host("127.0.0.1").port(0).rootPath("/").build();
        return new HardeningServer(SeBootstrap.start(application, config)
                .toCompletableFuture().get(60, TimeUnit.SECONDS));
    }

    int port() {
        return instance.configuration().port();
    }

    /** The server's own origin (a same-origin request carries it). */
    String origin() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        try {
            instance.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the test server did not stop", e);
        }
    }
}
