package org.corsgen.runtime.routing;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as Jakarta REST applies it to the literal characters of a path template, and the
 * comparison rule for encoded text: hex digits of a {@code %XX} triplet compare case-insensitively,
 * every other character exactly.
 *
 * <p>Encoded template literals are kept in a normal form: every {@code %XX} triplet in upper case.
 */
final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /**
     * Encodes the literal characters of a template: characters that are unreserved, sub-delims, {@code :},
     * {@code @} or {@code /} stay; an existing {@code %XX} stays (its hex digits upper-cased); every other
     * character, including a {@code %} that does not start a triplet, becomes its UTF-8 bytes as {@code %XX}.
     *
     * @throws IllegalArgumentException for an unpaired surrogate
     */
    static String encodeLiteral(String literal) {
        StringBuilder out = new StringBuilder(literal.length() + 8);
        int i = 0;
        while (i < literal.length()) {
            char c = literal.charAt(i);
            if (c == '%' && i + 2 < literal.length() && isHex(literal.charAt(i + 1)) && isHex(literal.charAt(i + 2))) {
                out.append('%').append(upperHex(literal.charAt(i + 1))).append(upperHex(literal.charAt(i + 2)));
                i += 3;
            } else if (c < 0x80 && isAllowed(c)) {
                out.append(c);
                i++;
            } else {
                int cp = literal.codePointAt(i);
                if (Character.isSurrogate((char) cp)) {
                    throw new IllegalArgumentException("unpaired surrogate in template literal \"" + literal + "\"");
                }
                byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                for (byte b : bytes) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
                i += Character.charCount(cp);
            }
        }
        return out.toString();
    }

    /** Unreserved, sub-delims, {@code :}, {@code @} and {@code /} (RFC 3986 pchar plus {@code /}, without pct-encoded). */
    static boolean isAllowed(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            return true;
        }
        switch (c) {
            case '-': case '.': case '_': case '~':                       // unreserved
            case '!': case '$': case '&': case '\'': case '(': case ')':  // sub-delims
            case '*': case '+': case ',': case ';': case '=':
            case ':': case '@': case '/':
                return true;
            default:
                return false;
        }
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static char upperHex(char c) {
        return c >= 'a' && c <= 'f' ? (char) (c - ('a' - 'A')) : c;
    }

    /**
     * The character at {@code i} of {@code s[from, to)} in normal form: a hex digit of a {@code %XX} triplet
     * lying wholly inside the range is upper-cased, any other character is returned as is.
     */
    static char normalizedAt(String s, int i, int from, int to) {
        char c = s.charAt(i);
        if (c < 'a' || c > 'f') {
            return c;
        }
        boolean inTriplet = (i - 1 >= from && s.charAt(i - 1) == '%' && i + 1 < to && isHex(s.charAt(i + 1)))
                || (i - 2 >= from && s.charAt(i - 2) == '%' && isHex(s.charAt(i - 1)));
        return inTriplet ? (char) (c - ('a' - 'A')) : c;
    }

    /** Hash of {@code s[from, to)} in normal form; equal for texts that {@link #equalsNormalized} considers equal. */
    static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + normalizedAt(s, i, from, to);
        }
        return h;
    }

    /** Whether {@code s[from, to)} equals {@code normalized} (an encoded literal in normal form). */
    static boolean equalsNormalized(String normalized, String s, int from, int to) {
        if (to - from != normalized.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (normalizedAt(s, i, from, to) != normalized.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }
}
