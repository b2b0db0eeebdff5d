package org.corsgen.example;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A thin {@link HttpClient} wrapper for the tests: real HTTP on loopback, one request at a time.
 *
 * <p>Grizzly sometimes closes a kept-alive connection right after an OPTIONS exchange and the JDK client
 * then fails with "header parser received no bytes" (seen on every Jersey version, see the build notes);
 * such a request is retried once on a new connection.
 */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    /**
     * @param method the HTTP method
     * @param path relative to the API base, e.g. {@code orders/1}
     * @param headers name, value, name, value, ... (a name may repeat: several header lines)
     */
    HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method)
                        ? HttpRequest.BodyPublishers.ofString("\"x\"") : HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpRequest request = b.build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    static List<String> all(HttpResponse<?> r, String name) {
        return r.headers().allValues(name);
    }

    static String one(HttpResponse<?> r, String name) {
        List<String> v = r.headers().allValues(name);
        if (v.size() > 1) {
            throw new AssertionError(name + " sent " + v.size() + " times: " + v);
        }
        return v.isEmpty() ? null : v.get(0);
    }
}
