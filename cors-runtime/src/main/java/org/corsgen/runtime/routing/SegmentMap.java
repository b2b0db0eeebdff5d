package org.corsgen.runtime.routing;

import java.util.Map;

/**
 * An immutable hash map from encoded literal path segments (normal form) to non-negative ints, looked up with a
 * range of the request path ({@code s[from, to)}) so that no key string is built per request. Keys compare
 * as {@link PercentEncoding#equalsNormalized} does (hex digits of {@code %XX} in either case).
 *
 * <p>Open addressing with linear probing, load factor at most 1/2. The table is one {@code int[]} of
 * (hash, key offset, key length, value) per slot and the keys one {@code char[]}, so a hit reads two cache
 * lines however large the map.
 */
final class SegmentMap {

    private static final int SLOT = 4;

    /** Per slot: hash, key offset in {@link #keyChars}, key length, value + 1 (0: empty slot). */
    private final int[] table;
    private final char[] keyChars;
    private final int mask;
    private final int maxKeyLength;

    /** @param entries keys (encoded, normal form) and their values, each {@code >= 0} */
    SegmentMap(Map<String, Integer> entries) {
        int capacity = 2;
        while (capacity < entries.size() * 2) {
            capacity <<= 1;
        }
        table = new int[capacity * SLOT];
        mask = capacity - 1;
        int totalChars = 0;
        for (String key : entries.keySet()) {
            totalChars += key.length();
        }
        keyChars = new char[totalChars];
        int offset = 0;
        int longest = 0;
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            String key = e.getKey();
            int h = PercentEncoding.hash(key, 0, key.length());
            int slot = spread(h) & mask;
            while (table[slot * SLOT + 3] != 0) {
                slot = (slot + 1) & mask;
            }
            key.getChars(0, key.length(), keyChars, offset);
            table[slot * SLOT] = h;
            table[slot * SLOT + 1] = offset;
            table[slot * SLOT + 2] = key.length();
            table[slot * SLOT + 3] = e.getValue() + 1;
            offset += key.length();
            longest = Math.max(longest, key.length());
        }
        maxKeyLength = longest;
    }

    /** The length of the longest key: a longer segment cannot be in the map. */
    int maxKeyLength() {
        return maxKeyLength;
    }

    /** The value for the segment {@code s[from, to)}, or -1. */
    int get(String s, int from, int to) {
        int length = to - from;
        if (length > maxKeyLength) {
            return -1;
        }
        // the common segment has no '%': its normal form is itself, so hash and compare its chars as they are
        int h = 0;
        boolean plain = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '%') {
                plain = false;
                h = PercentEncoding.hash(s, from, to);
                break;
            }
            h = 31 * h + c;
        }
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            int base = slot * SLOT;
            int value = table[base + 3];
            if (value == 0) {
                return -1;
            }
            if (table[base] == h && table[base + 2] == length
                    && (plain ? plainEquals(table[base + 1], s, from, to) : keyEquals(table[base + 1], s, from, to))) {
                return value - 1;
            }
        }
    }

    private boolean plainEquals(int offset, String s, int from, int to) {
        char[] keys = keyChars;
        for (int i = from, k = offset; i < to; i++, k++) {
            if (s.charAt(i) != keys[k]) {
                return false;
            }
        }
        return true;
    }

    private boolean keyEquals(int offset, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (PercentEncoding.normalizedAt(s, i, from, to) != keyChars[offset + i - from]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fibonacci hashing: keys that differ in their last characters ({@code orders1}, {@code orders2}, ...)
     * have nearly consecutive string hashes, which linear probing turned into long runs (174 probes for
     * {@code orders9999} among 10,000 such keys); multiplying by 2^32 / phi spreads them over the table.
     */
    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
