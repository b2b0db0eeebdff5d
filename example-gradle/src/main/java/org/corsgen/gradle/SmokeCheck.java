package org.corsgen.gradle;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.SeBootstrap;

import org.corsgen.gradle.shop.ShopApplication;

/**
 * Starts the Gradle-built application on Jersey (127.0.0.1, a free port) and checks that the filter
 * corsgen generated answers a preflight and decorates an actual request; exits with 1 on any failure.
 */
public final class SmokeCheck {

    private static final String ORIGIN = "https://shop.example.com";

    private SmokeCheck() {
    }

    public static void main(String[] args) throws Exception {
        SeBootstrap.Configuration config = SeBootstrap.Configuration.builder()
                .protocol("HTTP").host("127.0.0.1").port(SeBootstrap.Configuration.FREE_PORT).rootPath("/").build();
        SeBootstrap.Instance server = SeBootstrap.start(new ShopApplication(), config)
                .toCompletableFuture().get(60, TimeUnit.SECONDS);
        List<String> failures = new ArrayList<>();
        try {
            String base = "http://127.0.0.1:" + server.configuration().port() + "/api/";
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(URI.create(base + "products/7"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(20))
                    .header("Origin", ORIGIN).header("Access-Control-Request-Method", "PUT").build(),
                    HttpResponse.BodyHandlers.ofString());
            expect(failures, "preflight status", "204", String.valueOf(preflight.statusCode()));
            expect(failures, "preflight Access-Control-Allow-Origin", ORIGIN,
                    preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            expect(failures, "preflight Access-Control-Allow-Methods (the methods served at products/{id})", "PUT",
                    preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(null));

            HttpResponse<String> get = client.send(HttpRequest.newBuilder(URI.create(base + "products"))
                    .timeout(Duration.ofSeconds(20)).header("Origin", ORIGIN).build(), HttpResponse.BodyHandlers.ofString());
            expect(failures, "GET status", "200", String.valueOf(get.statusCode()));
            expect(failures, "GET Access-Control-Allow-Origin", ORIGIN,
                    get.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            expect(failures, "GET Access-Control-Allow-Credentials", "true",
                    get.headers().firstValue("Access-Control-Allow-Credentials").orElse(null));
            expect(failures, "GET Access-Control-Expose-Headers", "X-Total-Count",
                    get.headers().firstValue("Access-Control-Expose-Headers").orElse(null));

            HttpResponse<String> evil = client.send(HttpRequest.newBuilder(URI.create(base + "products"))
                    .timeout(Duration.ofSeconds(20)).header("Origin", "https://evil.example.net").build(),
                    HttpResponse.BodyHandlers.ofString());
            expect(failures, "GET from another origin: Access-Control-Allow-Origin", null,
                    evil.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        } finally {
            server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        if (!failures.isEmpty()) {
            failures.forEach(System.err::println);
            System.exit(1);
        }
        System.out.println("corsgen smoke check passed: preflight 204, actual request decorated, other origin refused");
    }

    private static void expect(List<String> failures, String what, String expected, String actual) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            failures.add(what + ": expected " + expected + ", got " + actual);
        }
    }
}
