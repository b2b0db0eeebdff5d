package org.corsgen.runtime.routing;

import java.util.List;

/**
 * One path segment of a template without explicit regexes: literals and plain {@code {param}} variables,
 * no {@code /}. A plain variable matches one or more characters other than {@code /} (Jakarta REST's
 * {@code [^/]+}), so a segment is a wildcard pattern and is matched without regex: the head literal at the
 * start, the tail literal at the end, each middle literal at its leftmost possible place (leftmost is never
 * worse, because what follows it starts with a variable), with variable runs holding at least one character
 * per variable. Linear in the segment for each literal, no backtracking, no allocation.
 *
 * <p>Shape: {@code head (group_1 lit_1) ... (group_n lit_n)}, where {@code group_i} is a run of
 * {@code minChars[i]} adjacent variables, every {@code lit_i} but the last is non-empty.
 */
final class SegmentPattern {

    private final EncodedLiteral head;
    private final int[] minChars;
    private final EncodedLiteral[] literals;

    private SegmentPattern(EncodedLiteral head, int[] minChars, EncodedLiteral[] literals) {
        this.head = head;
        this.minChars = minChars;
        this.literals = literals;
    }

    /**
     * @param tokens the segment's parts in order: a {@code String} is encoded literal text (normal form),
     *     {@code null} is a plain variable
     */
    static SegmentPattern of(List<String> tokens) {
        StringBuilder literal = new StringBuilder();
        EncodedLiteral head = null;
        int[] mins = new int[tokens.size()];
        EncodedLiteral[] lits = new EncodedLiteral[tokens.size()];
        int groups = 0;
        int current = 0;
        for (String token : tokens) {
            if (token != null) {
                literal.append(token);
            } else if (head == null) {
                head = new EncodedLiteral(literal.toString());
                literal.setLength(0);
                current = 1;
            } else if (literal.length() == 0) {
                current++;
            } else {
                mins[groups] = current;
                lits[groups++] = new EncodedLiteral(literal.toString());
                literal.setLength(0);
                current = 1;
            }
        }
        if (head == null) {
            head = new EncodedLiteral(literal.toString());
        } else {
            mins[groups] = current;
            lits[groups++] = literal.length() == 0 ? EncodedLiteral.EMPTY : new EncodedLiteral(literal.toString());
        }
        int[] minChars = new int[groups];
        EncodedLiteral[] literals = new EncodedLiteral[groups];
        System.arraycopy(mins, 0, minChars, 0, groups);
        System.arraycopy(lits, 0, literals, 0, groups);
        return new SegmentPattern(head, minChars, literals);
    }

    /**
     * Matches the segment starting at {@code from} of the encoded path {@code s}.
     *
     * @return the end of the segment ({@code s.length()} or the index of the {@code /} that ends it) if the
     *     whole segment matches, otherwise -1
     */
    int matchSegment(String s, int from) {
        int len = s.length();
        if (minChars.length == 0) {
            // pure literal: no need to look for the end of the segment first
            int end = from + head.length();
            return head.matchesAt(s, from, len) && (end == len || s.charAt(end) == '/') ? end : -1;
        }
        int end = s.indexOf('/', from);
        if (end < 0) {
            end = len;
        }
        return matches(s, from, end) ? end : -1;
    }

    private boolean matches(String s, int from, int to) {
        if (!head.matchesAt(s, from, to)) {
            return false;
        }
        int pos = from + head.length();
        int last = minChars.length - 1;
        for (int g = 0; g < last; g++) {
            int at = literals[g].indexIn(s, pos + minChars[g], to);
            if (at < 0) {
                return false;
            }
            pos = at + literals[g].length();
        }
        EncodedLiteral tail = literals[last];
        int tailAt = to - tail.length();
        return tailAt - pos >= minChars[last] && tail.matchesAt(s, tailAt, to);
    }
}
