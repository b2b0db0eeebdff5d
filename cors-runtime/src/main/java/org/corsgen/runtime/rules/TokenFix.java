package org.corsgen.runtime.rules;

import org.corsgen.runtime.headers.HttpTokens;

/** Suggests a token for a value that is not one: trimmed, inner whitespace as {@code -}, other separators dropped. */
final class TokenFix {

    /** The characters of an HTTP token, as the messages list them. */
    static final String TOKEN_CHARS = "letters, digits and !#$%&'*+-.^_`|~";

    private TokenFix() {
    }

    /** @return the suggestion, or {@code null} when nothing usable is left */
    static String suggest(String value) {
        String trimmed = value.strip();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isWhitespace(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                    b.append('-');
                }
            } else if (c < 0x80 && HttpTokens.isTchar(c)) {
                b.append(c);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }
}
