package org.corsgen.runtime.routing;

/**
 * An encoded template literal (in {@link PercentEncoding normal form}) compared against the encoded request
 * path in place: the hex digits of its {@code %XX} triplets match either case, every other character
 * matches exactly. No allocation.
 */
final class EncodedLiteral {

    static final EncodedLiteral EMPTY = new EncodedLiteral("");

    private final String text;
    /** {@code hexDigit[j]}: position {@code j} is one of the two hex digits of a triplet. */
    private final boolean[] hexDigit;

    EncodedLiteral(String normalized) {
        this.text = normalized;
        this.hexDigit = new boolean[normalized.length()];
        for (int j = 0; j + 2 < normalized.length(); j++) {
            if (normalized.charAt(j) == '%') {
                hexDigit[j + 1] = true;
                hexDigit[j + 2] = true;
                j += 2;
            }
        }
    }

    int length() {
        return text.length();
    }

    String text() {
        return text;
    }

    /** Whether the literal occurs in {@code s} at {@code at}; {@code false} if it would run past {@code limit}. */
    boolean matchesAt(String s, int at, int limit) {
        int n = text.length();
        if (at < 0 || at + n > limit) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            char c = s.charAt(at + j);
            char t = text.charAt(j);
            if (c != t && !(hexDigit[j] && PercentEncoding.upperHex(c) == t)) {
                return false;
            }
        }
        return true;
    }

    /** The first position {@code >= from} where the literal occurs wholly before {@code limit}, or -1. */
    int indexIn(String s, int from, int limit) {
        for (int at = from, last = limit - text.length(); at <= last; at++) {
            if (matchesAt(s, at, limit)) {
                return at;
            }
        }
        return -1;
    }
}
