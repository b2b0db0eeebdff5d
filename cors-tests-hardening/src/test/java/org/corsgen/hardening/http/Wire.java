package org.corsgen.hardening.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real HTTP to the test server on 127.0.0.1: the JDK {@link HttpClient} for everything it agrees to send,
 * a plain socket for the rest (control characters, non-Latin-1 text, restricted headers such as
 * {@code Host}, odd methods, several lines of one header where the client would merge them, huge values).
 * On the socket, a value whose characters are all in ISO-8859-1 goes as those bytes, any other as UTF-8.
 *
 * <p>Every exchange has a 20 s limit; running into it fails the test as a hang.
 */
final class Wire {

    /** A response: status and header lines in order (values as sent, names as sent). */
    record Answer(int status, List<Map.Entry<String, String>> headers, boolean raw) {

        List<String> values(String name) {
            List<String> out = new ArrayList<>();
            for (Map.Entry<String, String> h : headers) {
                if (h.getKey().equalsIgnoreCase(name)) {
                    out.add(h.getValue());
                }
            }
            return out;
        }

        /** @return the one value of {@code name}, or null; fails if the header was sent more than once */
        String one(String name) {
            List<String> v = values(name);
            if (v.size() > 1) {
                throw new AssertionError(name + " sent " + v.size() + " times: " + v);
            }
            return v.isEmpty() ? null : v.get(0);
        }

        @Override
        public String toString() {
            return status + " " + headers + (raw ? " (socket)" : "");
        }
    }

    static final Duration LIMIT = Duration.ofSeconds(20);

    /**
     * HTTP/1.1 only. The JDK client's default (HTTP/2) sends {@code Upgrade: h2c} on every cleartext request, and
     * Grizzly then sometimes closes the kept-alive connection without an answer ("header parser received no
     * bytes") or never answers (a timeout): with HTTP/1.1 neither was seen in tens of thousands of requests.
     */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(LIMIT).build();
    private final int port;
    final AtomicInteger rawCount = new AtomicInteger();

    Wire(int port) {
        this.port = port;
    }

    /**
     * @param method the request method as sent
     * @param target the request target, e.g. {@code /api/exact}
     * @param headers name, value, name, value, ... (a name may repeat)
     */
    Answer send(String method, String target, String... headers) throws IOException, InterruptedException {
        HttpRequest request = clientRequest(method, target, headers);
        if (request == null) {
            return raw(method, target, headers);
        }
        HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
        List<Map.Entry<String, String>> out = new ArrayList<>();
        r.headers().map().forEach((name, values) -> values.forEach(v -> out.add(Map.entry(name, v))));
        return new Answer(r.statusCode(), out, false);
    }

    /** @return the request, or null when the JDK client refuses a method, header name or value */
    private HttpRequest clientRequest(String method, String target, String... headers) {
        if (!method.equals(method.toUpperCase(Locale.ROOT)) || !isSimpleTarget(target)) {
            return null; // keep odd methods and targets byte-exact on the socket
        }
        for (int i = 1; i < headers.length; i += 2) {
            for (int k = 0; k < headers[i].length(); k++) {
                char c = headers[i].charAt(k);
                if (c < 0x20 || c > 0x7e) {
                    return null; // the JDK client rejects or re-encodes these: send the bytes ourselves
                }
            }
            for (int j = 0; j < i - 1; j += 2) {
                if (headers[j].equalsIgnoreCase(headers[i - 1]) && headers[j].equalsIgnoreCase("Origin")) {
                    return null; // several Origin lines: keep them as separate lines
                }
            }
        }
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
                    .timeout(LIMIT)
                    .method(method, "PUT".equals(method) || "POST".equals(method)
                            ? HttpRequest.BodyPublishers.ofString("x") : HttpRequest.BodyPublishers.noBody());
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return b.build();
        } catch (IllegalArgumentException refusedByTheClient) {
            return null;
        }
    }

    private static boolean isSimpleTarget(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '%' || c == '\\' || c == '{' || c == '}' || c == '|' || c == '^') {
                return false;
            }
        }
        return target.startsWith("/");
    }

    /** Sends the request over a plain socket, {@code Connection: close}, and reads the status line and headers. */
    Answer raw(String method, String target, String... headers) throws IOException {
        rawCount.incrementAndGet();
        ByteArrayOutputStream req = new ByteArrayOutputStream();
        req.writeBytes((method + " " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.UTF_8));
        boolean host = false;
        for (int i = 0; i < headers.length; i += 2) {
            host |= headers[i].equalsIgnoreCase("Host");
        }
        if (!host) {
            req.writeBytes(("Host: 127.0.0.1:" + port + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        for (int i = 0; i < headers.length; i += 2) {
            req.writeBytes((headers[i] + ": ").getBytes(StandardCharsets.ISO_8859_1));
            req.writeBytes(bytes(headers[i + 1]));
            req.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        if ("PUT".equals(method) || "POST".equals(method)) {
            req.writeBytes("Content-Length: 1\r\nConnection: close\r\n\r\nx".getBytes(StandardCharsets.ISO_8859_1));
        } else {
            req.writeBytes("Connection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) LIMIT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(req.toByteArray());
            out.flush();
            return readHead(socket.getInputStream(), method + " " + target);
        }
    }

    static byte[] bytes(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0xff) {
                return value.getBytes(StandardCharsets.UTF_8);
            }
        }
        return value.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Answer readHead(InputStream in, String what) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        try {
            int c;
            while (state < 4 && (c = in.read()) != -1) {
                head.write(c);
                state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3))
                        ? state + 1 : c == '\r' ? 1 : 0;
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer within " + LIMIT.toSeconds() + " s (a hang) to " + what, e);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\r\n");
        if (lines.length == 0 || !lines[0].startsWith("HTTP/1.")) {
            throw new AssertionError("no HTTP answer to " + what + ", got: " + text);
        }
        int status = Integer.parseInt(lines[0].substring(9, 12));
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(Map.entry(lines[i].substring(0, colon), lines[i].substring(colon + 1).strip()));
            }
        }
        return new Answer(status, headers, true);
    }
}
