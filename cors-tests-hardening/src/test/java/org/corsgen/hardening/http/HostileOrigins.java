package org.corsgen.hardening.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code hostile-origins.txt}: expected policies and an escaped origin value per line. */
final class HostileOrigins {

    /**
     * @param expected the policy letters (E, S, P, A) that must allow the origin
     * @param origin the value to send, unescaped ({@code ${self}} still to be replaced)
     * @param seen the value the server hands the application, if not {@code origin} without surrounding spaces
     * @param line the line in the file, for messages
     */
    record Entry(String expected, String origin, String seen, int line) {
        boolean allowedBy(char policy) {
            return expected.indexOf(policy) >= 0;
        }
    }

    private HostileOrigins() {
    }

    static List<Entry> load() throws IOException {
        String text;
        try (InputStream in = HostileOrigins.class.getResourceAsStream("hostile-origins.txt")) {
            if (in == null) {
                throw new IllegalStateException("hostile-origins.txt is missing");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int tab = l.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("line " + (i + 1) + " has no TAB: " + l);
            }
            String expected = l.substring(0, tab);
            if (!expected.matches("-|E?S?P?A?") || expected.isEmpty()) {
                throw new IllegalStateException("line " + (i + 1) + ": bad expectation " + expected);
            }
            int tab2 = l.indexOf('\t', tab + 1);
            String origin = unescape(tab2 < 0 ? l.substring(tab + 1) : l.substring(tab + 1, tab2));
            String seen = tab2 < 0 ? origin.replaceAll("^ +| +$", "") : unescape(l.substring(tab2 + 1));
            out.add(new Entry(expected.equals("-") ? "" : expected, origin, seen, i + 1));
        }
        return out;
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '$' && s.startsWith("${", i) && !s.startsWith("${self}", i)) {
                int end = s.indexOf('}', i);
                String body = s.substring(i + 2, end);
                int star = body.indexOf('*');
                b.append(body.substring(star + 1).repeat(Integer.parseInt(body.substring(0, star))));
                i = end + 1;
            } else if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(i + 1);
                switch (e) {
                    case 'r' -> b.append('\r');
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case '0' -> b.append('\0');
                    case '\\' -> b.append('\\');
                    case 'x' -> {
                        b.append((char) Integer.parseInt(s.substring(i + 2, i + 4), 16));
                        i += 2;
                    }
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                        i += 4;
                    }
                    default -> throw new IllegalStateException("unknown escape \\" + e + " in " + s);
                }
                i += 2;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** For messages: the value with control and non-ASCII characters escaped. */
    static String show(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length() && i < 120; i++) {
            char c = s.charAt(i);
            b.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return b.append(s.length() > 120 ? "...(" + s.length() + " chars)\"" : "\"").toString();
    }
}
