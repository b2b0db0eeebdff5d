package org.corsgen.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.ws.rs.SeBootstrap;

/**
 * Starts the example API (Jersey + Grizzly through {@link SeBootstrap}) and the demo page (the JDK's
 * HTTP server) on two ports of 127.0.0.1, i.e. two origins. Port 0 picks a free port.
 */
public final class ExampleServer implements AutoCloseable {

    private final SeBootstrap.Instance api;
    private final HttpServer page;

    private ExampleServer(SeBootstrap.Instance api, HttpServer page) {
        this.api = api;
        this.page = page;
    }

    /**
     * @param apiPort the API's port (0: any free port)
     * @param pagePort the page's port (0: any free port); -1 starts no page server
     */
    public static ExampleServer start(int apiPort, int pagePort) throws Exception {
        return start(apiPort, pagePort, Map.of());
    }

    /**
     * @param properties the application's properties (e.g. {@code corsgen.debug = true})
     * @see #start(int, int)
     */
    public static ExampleServer start(int apiPort, int pagePort, Map<String, Object> properties) throws Exception {
        SeBootstrap.Configuration config = SeBootstrap.Configuration.builder()
                .protocol("HTTP").host("127.0.0.1").port(apiPort).rootPath("/").build();
        SeBootstrap.Instance api = SeBootstrap.start(new ExampleApplication(properties), config)
                .toCompletableFuture().get(60, TimeUnit.SECONDS);
        HttpServer page = null;
        if (pagePort >= 0) {
            page = HttpServer.create(new InetSocketAddress("127.0.0.1", pagePort), 0);
            int actualApiPort = api.configuration().port();
            page.createContext("/", exchange -> servePage(exchange, actualApiPort));
            page.start();
        }
        return new ExampleServer(api, page);
    }

    /** @return the API base URI, e.g. {@code http://127.0.0.1:8080/api/} */
    public String apiBase() {
        return "http://127.0.0.1:" + apiPort() + "/api/";
    }

    public int apiPort() {
        return api.configuration().port();
    }

    public int pagePort() {
        return page == null ? -1 : page.getAddress().getPort();
    }

    private static void servePage(HttpExchange exchange, int apiPort) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!"/".equals(path) && !"/index.html".equals(path)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = pageHtml().replace("__API_PORT__", Integer.toString(apiPort))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static String pageHtml() {
        try (InputStream in = ExampleServer.class.getResourceAsStream("page/index.html")) {
            if (in == null) {
                throw new IllegalStateException("page/index.html is missing from the example's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (page != null) {
            page.stop(0);
        }
        try {
            api.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the API server did not stop", e);
        }
    }
}
