package org.corsgen.runtime.rules;

/**
 * The one way corsgen writes a value into a message, a report or a log line: in double quotes, as a Java
 * (and JSON) string literal, so that a value with a quote, a backslash, a line break or an invisible
 * character is shown as what it is and cannot forge the text around it. {@link #of} is for configured
 * values (annotations, placeholders, options); {@link #requestValue} for what a request sent, which may be
 * anything and any length.
 */
public final class Quote {

    private Quote() {
    }

    /**
     * @param value any string, or {@code null}
     * @return {@code value} in double quotes, {@code "} and {@code \} escaped with a backslash, tab and line
     *     breaks as {@code \t}, {@code \n}, {@code \r}, every other control character and every space
     *     other than U+0020 (no-break, line and paragraph separators, ...) as {@code \}{@code uXXXX};
     *     {@code null} as the bare word {@code null}
     */
    public static String of(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Character.isSpaceChar(c) && c != ' ') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * @param value a request header value as received, or {@code null}
     * @param maxShown how many characters to show at most
     * @return {@code value} in double quotes, pure ASCII: {@code "} and {@code \} escaped with a backslash,
     *     every character below U+0020 or from U+007F on as {@code \}{@code uXXXX}; cut after
     *     {@code maxShown} characters and then followed by {@code ... (<length> characters)};
     *     {@code null} as the bare word {@code null}
     */
    public static String requestValue(String value, int maxShown) {
        if (value == null) {
            return "null";
        }
        int shown = Math.min(value.length(), maxShown);
        StringBuilder b = new StringBuilder(shown + 16).append('"');
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
        if (shown < value.length()) {
            b.append("... (").append(value.length()).append(" characters)");
        }
        return b.toString();
    }
}
