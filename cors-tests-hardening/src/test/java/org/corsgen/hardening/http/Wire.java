package org.corsgen.hardening.http;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.corsgen.testsupport.Http;
import org.corsgen.testsupport.RawHttp;

/**
 * How the hardening suite sends anything to its server on 127.0.0.1: with {@link Http} (the JDK client) for every
 * request it agrees to send, else over the socket ({@link RawHttp}): control characters, non-Latin-1 text,
 * restricted headers such as {@code Host}, odd methods and targets, several lines of one header where the client
 * would merge them. Both answers come as a {@link RawHttp.Answer}.
 *
 * <p>The client never sends a request twice ({@link Http#withoutRetry}): a failed exchange is a failure here.
 */
final class Wire {

    private final int port;
    private final Http http;
    final AtomicInteger rawCount = new AtomicInteger();

    Wire(int port) {
        this.port = port;
        this.http = Http.withoutRetry("http://127.0.0.1:" + port + "/");
    }

    /**
     * @param method the request method as sent
     * @param target the request target, e.g. {@code /api/exact}
     * @param headers name, value, name, value, ... (a name may repeat)
     */
    RawHttp.Answer send(String method, String target, String... headers) throws IOException, InterruptedException {
        if (clientWillSend(method, target, headers)) {
            try {
                return RawHttp.Answer.of(http.send(method, target.substring(1), headers));
            } catch (IllegalArgumentException refusedByTheClient) {
                // a restricted header name or a value the client will not send: the socket sends it
            }
        }
        return raw(method, target, headers);
    }

    /** Over the socket, whatever the request. */
    RawHttp.Answer raw(String method, String target, String... headers) throws IOException {
        rawCount.incrementAndGet();
        return RawHttp.send(port, method, target, headers);
    }

    /** @return false for what the client refuses, re-encodes or merges, which the socket keeps byte-exact */
    private static boolean clientWillSend(String method, String target, String... headers) {
        if (!method.equals(method.toUpperCase(Locale.ROOT)) || !isSimpleTarget(target)) {
            return false;
        }
        for (int i = 1; i < headers.length; i += 2) {
            for (int k = 0; k < headers[i].length(); k++) {
                char c = headers[i].charAt(k);
                if (c < 0x20 || c > 0x7e) {
                    return false;
                }
            }
            for (int j = 0; j < i - 1; j += 2) {
                if (headers[j].equalsIgnoreCase(headers[i - 1]) && headers[j].equalsIgnoreCase("Origin")) {
                    return false; // several Origin lines: keep them as separate lines
                }
            }
        }
        return true;
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
}
