package org.corsgen.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The CORS header names, and the assertions on them that every suite makes. */
public final class CorsHeaders {

    public static final String ACAO = "Access-Control-Allow-Origin";
    public static final String ACAC = "Access-Control-Allow-Credentials";
    public static final String ACAM = "Access-Control-Allow-Methods";
    public static final String ACAH = "Access-Control-Allow-Headers";
    public static final String ACEH = "Access-Control-Expose-Headers";
    public static final String ACMA = "Access-Control-Max-Age";
    public static final String ACAPN = "Access-Control-Allow-Private-Network";
    public static final String ACRM = "Access-Control-Request-Method";
    public static final String ACRH = "Access-Control-Request-Headers";
    public static final String ACRPN = "Access-Control-Request-Private-Network";

    /** Every header a CORS answer may carry. */
    public static final List<String> RESPONSE_HEADERS = List.of(ACAO, ACAC, ACAM, ACAH, ACEH, ACMA, ACAPN);

    private CorsHeaders() {
    }

    /** @return the comma-separated items of a header value, trimmed, empty ones dropped */
    public static List<String> tokens(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }

    /** @return the items of a header value, lower case */
    public static List<String> lowerTokens(String value) {
        return tokens(value).stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toList());
    }

    /** @return the items of every line of a header, lower case */
    public static List<String> lowerTokens(HttpResponse<?> r, String name) {
        return Http.all(r, name).stream().flatMap(v -> tokens(v).stream()).map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toList());
    }

    /** @return the items of every line of a header of a socket answer, lower case */
    public static List<String> lowerTokens(RawHttp.Answer a, String name) {
        return a.values(name).stream().flatMap(v -> tokens(v).stream()).map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toList());
    }

    public static void assertNoCorsHeaders(HttpResponse<?> r) {
        for (String h : RESPONSE_HEADERS) {
            assertEquals(List.of(), Http.all(r, h), h + " must not be sent; headers: " + r.headers().map());
        }
    }

    /** @param what what was sent, for the message */
    public static void assertNoCorsHeaders(RawHttp.Answer a, String what) {
        for (String h : RESPONSE_HEADERS) {
            assertEquals(List.of(), a.values(h), () -> h + " must not be sent (" + what + "): " + a);
        }
    }

    /** Asserts that {@code Vary} lists each name exactly once (over all its lines). */
    public static void assertVaryLists(HttpResponse<?> r, String... names) {
        List<String> vary = lowerTokens(r, "Vary");
        for (String n : names) {
            assertEquals(1, vary.stream().filter(n.toLowerCase(Locale.ROOT)::equals).count(),
                    "Vary must list " + n + " exactly once: " + Http.all(r, "Vary"));
        }
    }

    /** Asserts that {@code Vary} does not list {@code name}. */
    public static void assertVaryLacks(HttpResponse<?> r, String name) {
        assertEquals(0, lowerTokens(r, "Vary").stream().filter(name.toLowerCase(Locale.ROOT)::equals).count(),
                "Vary must not list " + name + ": " + Http.all(r, "Vary"));
    }
}
