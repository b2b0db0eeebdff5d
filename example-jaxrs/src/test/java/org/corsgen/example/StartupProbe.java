package org.corsgen.example;

import java.net.http.HttpResponse;

import org.corsgen.testsupport.CorsHeaders;
import org.corsgen.testsupport.Http;

/**
 * Run by {@link StartupTest} in a JVM of its own (the filter resolves its placeholders once per class
 * initialisation): starts the example API on a free loopback port, prints {@code started}, then for each
 * argument (an origin) whether {@code GET /api/health} from it gets {@code Access-Control-Allow-Origin},
 * and stops. A failed start prints {@code start failed:} and the message of every cause, and exits 3.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        ExampleServer server;
        try {
            server = ExampleServer.start(0, -1);
        } catch (Exception | Error e) {
            StringBuilder b = new StringBuilder("start failed:");
            for (Throwable t = e; t != null; t = t.getCause()) {
                b.append("\n  ").append(t.getClass().getName()).append(": ").append(t.getMessage());
            }
            System.out.println(b);
            System.exit(3);
            return;
        }
        try {
            System.out.println("started");
            Http http = new Http(server.apiBase());
            for (String origin : args) {
                HttpResponse<String> r = http.send("GET", "health", "Origin", origin);
                System.out.println("origin " + origin + " -> " + r.statusCode() + " "
                        + r.headers().firstValue(CorsHeaders.ACAO).orElse("(no CORS headers)"));
            }
        } finally {
            server.close();
        }
        System.exit(0);
    }
}
