package org.corsgen.browser.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the server saw and answered, per test case: every request that reached the application (method,
 * path, the request headers exactly as the browser sent them), the response it got (status and headers,
 * after the CORS filter), and which resource methods ran. A test case tags its requests with the query
 * parameter {@code c}; a preflight goes to the same URL, query included, so it carries the tag too.
 */
public final class Evidence {

    /** The query parameter that tags a request with its test case. */
    public static final String CASE_PARAMETER = "c";

    private static final List<Exchange> EXCHANGES = new CopyOnWriteArrayList<>();
    private static final List<String[]> RESOURCE_CALLS = new CopyOnWriteArrayList<>();

    private Evidence() {
    }

    /** One request that reached the application, and the response it got. */
    public static final class Exchange {
        private final String caseId;
        private final String method;
        private final String path;
        private final Map<String, List<String>> requestHeaders;
        private volatile int status = -1;
        private volatile Map<String, List<String>> responseHeaders = Map.of();

        Exchange(String caseId, String method, String path, Map<String, List<String>> requestHeaders) {
            this.caseId = caseId;
            this.method = method;
            this.path = path;
            this.requestHeaders = lowerCaseNames(requestHeaders);
        }

        void answered(int status, Map<String, List<String>> headers) {
            this.responseHeaders = lowerCaseNames(headers);
            this.status = status;
        }

        public String caseId() {
            return caseId;
        }

        public String method() {
            return method;
        }

        public String path() {
            return path;
        }

        /** @return the value of a request header (several lines joined with ", "), or {@code null} */
        public String requestHeader(String name) {
            return joined(requestHeaders, name);
        }

        /** @return the number of lines of a request header */
        public int requestHeaderLines(String name) {
            return requestHeaders.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).size();
        }

        /** @return the response status, or -1 when no response filter ran */
        public int status() {
            return status;
        }

        /** @return the value of a response header (several lines joined with ", "), or {@code null} */
        public String responseHeader(String name) {
            return joined(responseHeaders, name);
        }

        /** @return the number of lines of a response header */
        public int responseHeaderLines(String name) {
            return responseHeaders.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).size();
        }

        @Override
        public String toString() {
            return method + " " + path + " [case " + caseId + "]\n  request:  " + requestHeaders
                    + "\n  response: " + status + " " + responseHeaders;
        }

        private static String joined(Map<String, List<String>> headers, String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : String.join(", ", values);
        }

        private static Map<String, List<String>> lowerCaseNames(Map<String, List<String>> headers) {
            Map<String, List<String>> copy = new TreeMap<>();
            headers.forEach((name, values) -> copy.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .addAll(values));
            return Collections.unmodifiableMap(copy);
        }
    }

    static Exchange received(String caseId, String method, String path, Map<String, List<String>> headers) {
        Exchange exchange = new Exchange(caseId, method, path, headers);
        EXCHANGES.add(exchange);
        return exchange;
    }

    /** Called by every resource method: the application really ran for this request. */
    static void ran(String caseId, String resourceMethod) {
        RESOURCE_CALLS.add(new String[] {caseId, resourceMethod});
    }

    /** @return the requests of one test case, in arrival order */
    public static List<Exchange> exchanges(String caseId) {
        List<Exchange> found = new ArrayList<>();
        for (Exchange e : EXCHANGES) {
            if (caseId.equals(e.caseId)) {
                found.add(e);
            }
        }
        return found;
    }

    /** @return the resource methods that ran for one test case, in order (e.g. {@code "PUT items/{id}"}) */
    public static List<String> resourceCalls(String caseId) {
        List<String> found = new ArrayList<>();
        for (String[] call : RESOURCE_CALLS) {
            if (caseId.equals(call[0])) {
                found.add(call[1]);
            }
        }
        return found;
    }
}
