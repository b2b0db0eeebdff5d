package org.corsgen.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The page origins: small static servers on fixed loopback ports (the origins are compiled into the
 * API's annotations). Each serves a blank page at {@code /} and, at {@code /sandbox.html}, a page whose
 * only content is a sandboxed iframe ({@code sandbox="allow-scripts"}, no {@code allow-same-origin}): the
 * frame's origin is opaque, and its requests carry {@code Origin: null}.
 */
final class PageServers implements AutoCloseable {

    /** How long to wait for a fixed port that another test run on this machine may still hold. */
    private static final long PORT_WAIT_MILLIS = 90_000;

    private final List<HttpServer> servers;

    private PageServers(List<HttpServer> servers) {
        this.servers = servers;
    }

    static PageServers start(int... ports) {
        List<HttpServer> started = new ArrayList<>();
        try {
            for (int port : ports) {
                HttpServer server = bind(port);
                server.createContext("/", PageServers::serve);
                server.start();
                started.add(server);
            }
        } catch (RuntimeException e) {
            started.forEach(s -> s.stop(0));
            throw e;
        }
        return new PageServers(started);
    }

    /**
     * Binds 127.0.0.1:port, waiting a while if the port is taken (e.g. by a concurrent run of these tests
     * on a shared machine), then fails with what to do.
     */
    static HttpServer bind(int port) {
        long deadline = System.currentTimeMillis() + PORT_WAIT_MILLIS;
        while (true) {
            try {
                return HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            } catch (BindException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("port " + port + " on 127.0.0.1 is taken (waited "
                            + PORT_WAIT_MILLIS / 1000 + " s): the browser tests need it, because their page"
                            + " origins are fixed in the @CrossOrigin annotations; stop whatever listens there"
                            + " (ss -ltnp 'sport = :" + port + "')", e);
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for port " + port, ie);
                }
            } catch (IOException e) {
                throw new AssertionError("cannot listen on 127.0.0.1:" + port + ": " + e, e);
            }
        }
    }

    private static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String html;
            if (path.equals("/")) {
                html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>test page</title></head>"
                        + "<body>test page</body></html>";
            } else if (path.equals("/sandbox.html")) {
                html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>sandbox</title></head>"
                        + "<body><iframe id=\"frame\" sandbox=\"allow-scripts\" src=\"/frame.html\"></iframe></body></html>";
            } else if (path.equals("/frame.html")) {
                html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>frame</title></head>"
                        + "<body>sandboxed frame</body></html>";
            } else {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
    }
}
