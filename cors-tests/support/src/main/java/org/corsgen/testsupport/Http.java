package org.corsgen.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Real HTTP on loopback with {@link HttpClient}, one request at a time.
 *
 * <p>The containers' workarounds live here and nowhere else:
 * <ul>
 *   <li>HTTP/1.1 only: the client's default (HTTP/2) sends {@code Upgrade: h2c} on every cleartext request, and
 *   Grizzly then sometimes closes the kept-alive connection without an answer or never answers; it does not
 *   answer the upgrade of a request with a body at all.</li>
 *   <li>Grizzly sometimes closes a kept-alive connection right after an OPTIONS exchange, and the client then
 *   fails with "header parser received no bytes" (build notes §5): such a request is sent once more, unless
 *   the client was made with {@link #withoutRetry} (a suite that counts failed exchanges, such as a soak).</li>
 * </ul>
 */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final boolean retry;

    /** @param base the application's base URI, ending in '/', e.g. {@code http://127.0.0.1:8080/shop/api/} */
    public Http(String base) {
        this(base, true);
    }

    private Http(String base, boolean retry) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.retry = retry;
    }

    /** @return a client that never sends a request a second time: a failed exchange is the caller's to see */
    public static Http withoutRetry(String base) {
        return new Http(base, false);
    }

    /** @return the base URI, ending in '/' */
    public String base() {
        return base;
    }

    /**
     * @param method the HTTP method
     * @param path relative to the application base, already encoded, e.g. {@code items/1}
     * @param headers name, value, name, value, ... (a name may repeat: several header lines); a request with a
     *     body ({@code x} for POST, PUT and PATCH) gets {@code Content-Type: text/plain} unless they name one
     */
    public HttpResponse<String> send(String method, String path, String... headers) throws IOException,
            InterruptedException {
        boolean body = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
        return sendWithBody(method, path, body ? "x" : null, headers);
    }

    /**
     * @param body the request body, or {@code null} for none; with a body the request gets
     *     {@code Content-Type: text/plain} unless {@code headers} name one
     * @see #send
     */
    public HttpResponse<String> sendWithBody(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body != null ? HttpRequest.BodyPublishers.ofString(body)
                        : HttpRequest.BodyPublishers.noBody());
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !typed) {
            b.header("Content-Type", "text/plain");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpRequest request = b.build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (!retry) {
                throw e;
            }
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** A preflight: OPTIONS with {@code Origin} and {@code Access-Control-Request-Method}, plus {@code more}. */
    public HttpResponse<String> preflight(String path, String origin, String method, String... more)
            throws IOException, InterruptedException {
        String[] headers = new String[4 + more.length];
        headers[0] = "Origin";
        headers[1] = origin;
        headers[2] = CorsHeaders.ACRM;
        headers[3] = method;
        System.arraycopy(more, 0, headers, 4, more.length);
        return send("OPTIONS", path, headers);
    }

    public static List<String> all(HttpResponse<?> r, String name) {
        return r.headers().allValues(name);
    }

    /** @return the header's only value, or {@code null}; fails when it was sent more than once */
    public static String one(HttpResponse<?> r, String name) {
        List<String> v = r.headers().allValues(name);
        if (v.size() > 1) {
            throw new AssertionError(name + " sent " + v.size() + " times: " + v);
        }
        return v.isEmpty() ? null : v.get(0);
    }
}
