package org.corsgen.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends bytes no well-behaved client would (several {@code Origin} lines, control characters, non-Latin-1 text,
 * restricted headers such as {@code Host}, odd methods and targets, huge values) over a plain socket to
 * 127.0.0.1, {@code Connection: close}, and reads the status line and headers of the answer.
 *
 * <p>Every exchange has a 20 s limit; running into it fails the test as a hang.
 */
public final class RawHttp {

    /** The limit of one exchange, in milliseconds. */
    public static final int LIMIT_MILLIS = 20_000;

    /**
     * A response: its status and its header lines in order, as received.
     *
     * @param headerLines the lines after the status line, without the empty ones
     */
    public record Answer(int status, List<String> headerLines) {

        /**
         * The status and headers of an answer of {@link java.net.http.HttpClient}, as lines {@code name: value}, so
         * that a suite checks answers of both clients alike.
         */
        public static Answer of(HttpResponse<?> r) {
            List<String> lines = new ArrayList<>();
            r.headers().map().forEach((name, values) -> values.forEach(v -> lines.add(name + ": " + v)));
            return new Answer(r.statusCode(), List.copyOf(lines));
        }

        /**
         * @return the header lines with a name (text before the first ':'), as name and value; the value without
         *     leading and trailing SP and HTAB (HTTP's optional white space: any other character, a control
         *     character included, stays, so that assertions see it)
         */
        public List<Map.Entry<String, String>> headers() {
            List<Map.Entry<String, String>> out = new ArrayList<>();
            for (String line : headerLines) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    out.add(Map.entry(line.substring(0, colon), trimOws(line.substring(colon + 1))));
                }
            }
            return out;
        }

        /** @return the values of every line of the header {@code name} (compared case-insensitively), in order */
        public List<String> values(String name) {
            List<String> out = new ArrayList<>();
            for (Map.Entry<String, String> h : headers()) {
                if (h.getKey().equalsIgnoreCase(name)) {
                    out.add(h.getValue());
                }
            }
            return out;
        }

        /** @return the one value of {@code name}, or null; fails if the header was sent more than once */
        public String one(String name) {
            List<String> v = values(name);
            if (v.size() > 1) {
                throw new AssertionError(name + " sent " + v.size() + " times: " + v);
            }
            return v.isEmpty() ? null : v.get(0);
        }

        /** @return the header lines, one a line */
        public String raw() {
            return String.join("\n", headerLines);
        }

        @Override
        public String toString() {
            return status + " " + headerLines;
        }
    }

    private RawHttp() {
    }

    /**
     * @param port the server port on 127.0.0.1
     * @param requestHead the request line and header lines, without the final empty line, sent as ISO-8859-1;
     *     {@code Connection: close} is added
     */
    public static Answer send(int port, String requestHead) throws IOException {
        byte[] request = (requestHead + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return exchange(port, request, requestHead);
    }

    /**
     * Sends one request made of its parts: the request line (the target as UTF-8), {@code Host: 127.0.0.1:port}
     * unless {@code headers} name a {@code Host}, the header lines (each value as {@link #bytes}), for PUT and POST
     * the one-byte body {@code x}, and {@code Connection: close}.
     *
     * @param method the request method, as sent
     * @param target the request target, as sent, e.g. {@code /api/exact} or {@code *}
     * @param headers name, value, name, value, ... (a name may repeat: several lines)
     */
    public static Answer send(int port, String method, String target, String... headers) throws IOException {
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
        return exchange(port, req.toByteArray(), method + " " + target);
    }

    /**
     * @return {@code v} without leading and trailing SP and HTAB: HTTP's optional white space, what a server strips
     *     from a header value before the application sees it
     */
    public static String trimOws(String v) {
        int a = 0;
        int b = v.length();
        while (a < b && (v.charAt(a) == ' ' || v.charAt(a) == '\t')) {
            a++;
        }
        while (b > a && (v.charAt(b - 1) == ' ' || v.charAt(b - 1) == '\t')) {
            b--;
        }
        return v.substring(a, b);
    }

    /** @return a header value as sent: its ISO-8859-1 bytes when every character has one, else its UTF-8 bytes */
    public static byte[] bytes(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0xff) {
                return value.getBytes(StandardCharsets.UTF_8);
            }
        }
        return value.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Answer exchange(int port, byte[] request, String what) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(LIMIT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return readHead(socket.getInputStream(), what);
        }
    }

    /** Reads up to the empty line that ends the head; a stray CR starts a new line end. */
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
            throw new AssertionError("no answer within " + LIMIT_MILLIS / 1000 + " s (a hang) to: " + what, e);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\r\n");
        if (lines.length == 0 || !lines[0].startsWith("HTTP/1.")) {
            throw new AssertionError("no HTTP answer to " + what + ", got: " + text);
        }
        int status = Integer.parseInt(lines[0].substring(9, 12));
        List<String> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                headers.add(lines[i]);
            }
        }
        return new Answer(status, List.copyOf(headers));
    }
}
