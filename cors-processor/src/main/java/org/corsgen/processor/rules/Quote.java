package org.corsgen.processor.rules;

import java.util.Collection;
import java.util.StringJoiner;

/** Formats values for messages: strings in double quotes, as they are written in Java. */
final class Quote {

    private Quote() {
    }

    static String of(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\t': b.append("\\t"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }

    /** @return {@code GET, PUT} (plain, for lists of methods) or {@code none} */
    static String plainList(Collection<String> values) {
        if (values.isEmpty()) {
            return "none";
        }
        StringJoiner j = new StringJoiner(", ");
        values.forEach(j::add);
        return j.toString();
    }
}
