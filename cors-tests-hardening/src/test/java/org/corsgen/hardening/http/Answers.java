package org.corsgen.hardening.http;

import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corsgen.testsupport.RawHttp;

/**
 * What only the hardening suite asserts on an answer to hostile input: that it is sane, and that the hostile value
 * never comes back. The header names and the other CORS assertions are {@link org.corsgen.testsupport.CorsHeaders}.
 */
final class Answers {

    private Answers() {
    }

    /** Never a server error: every answer is a well-formed status below 500 with token header names. */
    static void assertSane(RawHttp.Answer a, String what) {
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
    static void assertNotReflected(RawHttp.Answer a, String value, String allowedAcao, String what) {
        if (value.length() < 4) {
            return;
        }
        List<String> forms = new ArrayList<>(List.of(value));
        String asSent = new String(RawHttp.bytes(value), StandardCharsets.ISO_8859_1);
        if (!asSent.equals(value)) {
            forms.add(asSent);
        }
        String trimmed = RawHttp.trimOws(value);
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
}
