package org.corsgen.hardening.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Header names and the assertions every hardening test shares. */
final class Cors {

    static final String ACAO = "Access-Control-Allow-Origin";
    static final String ACAC = "Access-Control-Allow-Credentials";
    static final String ACAM = "Access-Control-Allow-Methods";
    static final String ACAH = "Access-Control-Allow-Headers";
    static final String ACEH = "Access-Control-Expose-Headers";
    static final String ACMA = "Access-Control-Max-Age";
    static final String ACAPN = "Access-Control-Allow-Private-Network";
    static final String ACRM = "Access-Control-Request-Method";
    static final String ACRH = "Access-Control-Request-Headers";

    static final List<String> ALL = List.of(ACAO, ACAC, ACAM, ACAH, ACEH, ACMA, ACAPN);

    private Cors() {
    }

    static void assertNoCorsHeaders(Wire.Answer a, String what) {
        for (String h : ALL) {
            assertEquals(List.of(), a.values(h), () -> h + " must not be sent (" + what + "): " + a);
        }
    }

    /** Never a server error: every answer is a well-formed status below 500 with token header names. */
    static void assertSane(Wire.Answer a, String what) {
        assertTrue(a.status() >= 200 && a.status() < 500, () -> "status " + a.status() + " (" + what + "): " + a);
        for (Map.Entry<String, String> h : a.headers()) {
            assertTrue(h.getKey().matches("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+"),
                    () -> "a response header line is broken (" + what + "): " + a);
            for (char c : h.getValue().toCharArray()) {
                if (c < 0x20 && c != '\t' || c == 0x7f) {
                    fail("a response header carries a control character (" + what + "): " + a);
                }
            }
        }
    }

    /**
     * The request's value never comes back, in any response header, except as {@code allowedAcao} (the value
     * the server saw, for an allowed origin) in {@code Access-Control-Allow-Origin}.
     */
    static void assertNotReflected(Wire.Answer a, String value, String allowedAcao, String what) {
        if (value.length() < 4) {
            return;
        }
        List<String> forms = new ArrayList<>(List.of(value));
        String asSent = new String(Wire.bytes(value), StandardCharsets.ISO_8859_1);
        if (!asSent.equals(value)) {
            forms.add(asSent);
        }
        String trimmed = trimOws(value);
        if (!trimmed.equals(value)) {
            forms.add(trimmed);
        }
        for (Map.Entry<String, String> h : a.headers()) {
            if (allowedAcao != null && h.getKey().equalsIgnoreCase(ACAO) && h.getValue().equals(allowedAcao)) {
                continue;
            }
            for (String f : forms) {
                if (h.getValue().equals(f) || (f.length() >= 8 && h.getValue().contains(f))) {
                    fail("the request value " + HostileOrigins.show(value) + " came back in " + h.getKey() + " ("
                            + what + "): " + a);
                }
            }
        }
    }

    /** What an HTTP server hands the application for a header value: without leading or trailing SP / HTAB. */
    static String trimOws(String v) {
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

    static List<String> tokens(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String s : value.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    static List<String> vary(Wire.Answer a) {
        List<String> out = new ArrayList<>();
        for (String v : a.values("Vary")) {
            out.addAll(tokens(v));
        }
        return out;
    }
}
