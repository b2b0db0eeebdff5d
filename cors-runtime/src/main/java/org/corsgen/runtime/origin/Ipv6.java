package org.corsgen.runtime.origin;

import java.util.ArrayList;
import java.util.List;

/** IPv6 text as the URL standard parses and serializes it (for bracketed hosts of configured origins). */
final class Ipv6 {

    private Ipv6() {
    }

    /** @return the 8 pieces, or null if {@code s} (without brackets) is not an IPv6 address */
    static int[] parse(String s) {
        if (s.isEmpty() || s.length() > 45) {
            return null;
        }
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
            return null;
        }
        int[] head = pieces(dbl < 0 ? s : s.substring(0, dbl), dbl < 0);
        int[] tail = dbl < 0 ? new int[0] : pieces(s.substring(dbl + 2), true);
        if (head == null || tail == null) {
            return null;
        }
        if (dbl < 0 ? head.length != 8 : head.length + tail.length > 7) {
            return null;
        }
        int[] out = new int[8];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(tail, 0, out, 8 - tail.length, tail.length);
        return out;
    }

    private static int[] pieces(String part, boolean ipv4Last) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] items = part.split(":", -1);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            String item = items[i];
            if (ipv4Last && i == items.length - 1 && item.indexOf('.') >= 0) {
                String[] q = item.split("\\.", -1);
                if (!OriginChars.isDottedQuad(q)) {
                    return null;
                }
                out.add(Integer.parseInt(q[0]) << 8 | Integer.parseInt(q[1]));
                out.add(Integer.parseInt(q[2]) << 8 | Integer.parseInt(q[3]));
                continue;
            }
            if (item.isEmpty() || item.length() > 4) {
                return null;
            }
            int v = 0;
            for (int k = 0; k < item.length(); k++) {
                int d = Character.digit(item.charAt(k), 16);
                if (d < 0 || item.charAt(k) > 127) {
                    return null;
                }
                v = v << 4 | d;
            }
            out.add(v);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** @return the URL standard's serialization: lower-case hex, the first longest run of 2+ zeros as "::" */
    static String format(int[] a) {
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (a[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && a[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                b.append(i == 0 ? "::" : ":");
                i += bestLen - 1;
                continue;
            }
            b.append(Integer.toHexString(a[i]));
            if (i < 7) {
                b.append(':');
            }
        }
        return b.toString();
    }
}
