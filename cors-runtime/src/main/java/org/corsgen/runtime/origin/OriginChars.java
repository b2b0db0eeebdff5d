package org.corsgen.runtime.origin;

/** What the origin parser asks of characters and strings: ASCII case, host characters, numbers, default ports. */
final class OriginChars {

    /** A port of an origin when none is written. */
    static final int NO_PORT = -1;
    /** The port of an origin pattern written {@code :*}. */
    static final int ANY_PORT = 0;

    private OriginChars() {
    }

    static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : NO_PORT;
    }

    /** @return whether a valid value's host is a loopback name or address */
    static boolean isLoopback(String host) {
        return host != null && (host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                || host.equals("[::1]"));
    }

    static String lowerAscii(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return b == null ? s : b.toString();
    }

    static boolean isLdh(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }

    static boolean isSpaceOrControl(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || c == '\u200b' || c == '\ufeff';
    }

    static boolean hasSpaceOrControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isSpaceOrControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpaceOrControl(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** RFC 3986 scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), already lower-cased. */
    static boolean isSchemeName(String s) {
        if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isLdh(c) && c != '+' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** The URL standard's "ends in a number": such a host is parsed as IPv4 by browsers. */
    static boolean endsInNumber(String last) {
        if (last.isEmpty()) {
            return false;
        }
        boolean digits = true;
        for (int i = 0; i < last.length(); i++) {
            digits &= last.charAt(i) >= '0' && last.charAt(i) <= '9';
        }
        if (digits) {
            return true;
        }
        if (!last.startsWith("0x")) {
            return false;
        }
        for (int i = 2; i < last.length(); i++) {
            if (Character.digit(last.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the labels are four decimal numbers 0-255 without leading zeros */
    static boolean isDottedQuad(String[] labels) {
        if (labels.length != 4) {
            return false;
        }
        for (String l : labels) {
            if (l.isEmpty() || l.length() > 3 || (l.length() > 1 && l.charAt(0) == '0')) {
                return false;
            }
            for (int i = 0; i < l.length(); i++) {
                if (l.charAt(i) < '0' || l.charAt(i) > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(l) > 255) {
                return false;
            }
        }
        return true;
    }
}
