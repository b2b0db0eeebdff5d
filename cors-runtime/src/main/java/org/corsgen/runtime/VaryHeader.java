package org.corsgen.runtime;

import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Adds a name to a response's {@code Vary} header without overwriting what the application put there
 * and without listing it twice.
 */
final class VaryHeader {

    private VaryHeader() {
    }

    /**
     * @param headers the response headers (case-insensitive keys, as every container provides)
     * @param name the header name to vary on, e.g. {@code Origin}
     */
    static void append(MultivaluedMap<String, Object> headers, String name) {
        List<Object> values = headers.get(CorsHeaders.VARY);
        if (values == null || values.isEmpty()) {
            headers.putSingle(CorsHeaders.VARY, name);
            return;
        }
        for (int i = 0, n = values.size(); i < n; i++) {
            Object v = values.get(i);
            if (v != null && listsName(v.toString(), name)) {
                return;
            }
        }
        if (values.size() == 1 && values.get(0) != null) {
            // keep a single line: "Accept-Encoding" becomes "Accept-Encoding, Origin"
            headers.putSingle(CorsHeaders.VARY, values.get(0) + ", " + name);
        } else {
            headers.add(CorsHeaders.VARY, name);
        }
    }

    /** @return whether the comma-separated {@code value} lists {@code name} (ignoring case) or {@code *} */
    static boolean listsName(String value, String name) {
        int len = value.length();
        int i = 0;
        while (i < len) {
            while (i < len && (value.charAt(i) == ' ' || value.charAt(i) == '\t' || value.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < len && value.charAt(i) != ',') {
                i++;
            }
            int end = i;
            while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
                end--;
            }
            int itemLen = end - start;
            if (itemLen == 1 && value.charAt(start) == '*') {
                return true;
            }
            if (itemLen == name.length() && value.regionMatches(true, start, name, 0, itemLen)) {
                return true;
            }
        }
        return false;
    }
}
