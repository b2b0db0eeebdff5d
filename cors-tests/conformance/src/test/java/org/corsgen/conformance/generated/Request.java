package org.corsgen.conformance.generated;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.corsgen.testsupport.CorsHeaders;
import org.corsgen.testsupport.Http;

/**
 * One request of a test: method, path relative to the application, and header lines as name, value pairs.
 */
record Request(String method, String path, List<String> headers) {

    Request {
        if (headers.size() % 2 != 0) {
            throw new IllegalArgumentException("name, value pairs: " + headers);
        }
        headers = List.copyOf(headers);
    }

    /** A preflight; {@code requestHeaders}, unless {@code null}, is its {@code Access-Control-Request-Headers}. */
    static Request preflight(String path, String origin, String method, String requestHeaders) {
        List<String> h = new ArrayList<>(List.of("Origin", origin, CorsHeaders.ACRM, method));
        if (requestHeaders != null) {
            h.add(CorsHeaders.ACRH);
            h.add(requestHeaders);
        }
        return new Request("OPTIONS", path, h);
    }

    /** @return the first value of the header, or {@code null} (names compare case-insensitively) */
    String header(String name) {
        for (int i = 0; i < headers.size(); i += 2) {
            if (headers.get(i).equalsIgnoreCase(name)) {
                return headers.get(i + 1);
            }
        }
        return null;
    }

    HttpResponse<String> send(Http http) throws IOException, InterruptedException {
        return http.send(method, path, headers.toArray(new String[0]));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(method).append(' ').append(path).append(" [");
        for (int i = 0; i < headers.size(); i += 2) {
            s.append(i == 0 ? "" : ", ").append(headers.get(i)).append(": ").append(headers.get(i + 1));
        }
        return s.append(']').toString();
    }
}
