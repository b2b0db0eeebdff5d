package org.corsgen.runtime.headers;

import java.util.List;

/**
 * Validates the {@code Access-Control-Request-Headers} of a preflight against a policy's allowed names.
 *
 * <p>Accepts what browsers send ({@code content-type,x-req}) and what proxies make of it: several header
 * lines, spaces or tabs around commas, upper case, empty items ({@code "a,,b"}). Refuses anything that is
 * not a comma-separated list of tokens, more than {@link #MAX_NAMES} names or more than {@link #MAX_CHARS}
 * characters in all, the lines counted as one value joined with commas (bounded work per request). More than {@link #MAX_NAMES} lines are refused too, even
 * if some are empty. Duplicate names are kept as requested.
 */
public final class RequestedHeaders {

    /** The most names one preflight may ask for. */
    public static final int MAX_NAMES = 64;
    /** The most characters, over all lines, one preflight's header list may have. */
    public static final int MAX_CHARS = 4096;

    private RequestedHeaders() {
    }

    /**
     * @param lines the raw header lines (may be {@code null} or empty: nothing requested; {@code null}
     *     elements count as empty lines)
     * @param allowed the policy's allowed names ({@code null} refuses every non-empty request)
     * @return {@code ""} when no name was requested; the validated names, lower case, in request order,
     *     joined with {@code ","} (returning the very same {@code String} instance when a single line is
     *     already in that form, so the common browser case allocates nothing); or {@code null} when the
     *     list is malformed, too long, or names a header that {@code allowed} does not contain
     */
    public static String validate(List<String> lines, HeaderNames allowed) {
        if (lines == null) {
            return "";
        }
        try {
            return validateLines(lines, allowed);
        } catch (RuntimeException brokenOrConcurrentlyModifiedList) {
            return null;
        }
    }

    private static String validateLines(List<String> lines, HeaderNames allowed) {
        int lineCount = lines.size();
        if (lineCount == 0) {
            return "";
        }
        if (lineCount > MAX_NAMES) {
            return null;
        }
        // the lines count as one value joined with ',' (as the answer is), so a validated list always
        // validates again
        int total = lineCount - 1;
        for (int i = 0; i < lineCount; i++) {
            String line = lines.get(i);
            if (line != null) {
                total += line.length();
                if (total > MAX_CHARS) {
                    return null;
                }
            }
        }
        if (total == lineCount - 1) {
            return "";
        }
        if (lineCount == 1) {
            String line = lines.get(0);
            if (isCanonical(line)) {
                return scan(line, allowed, null, 0) < 0 ? null : line;
            }
        }
        int count = 0;
        for (int i = 0; i < lineCount; i++) {
            String line = lines.get(i);
            if (line != null && (count = scan(line, allowed, null, count)) < 0) {
                return null;
            }
        }
        if (count == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder(total);
        for (int i = 0; i < lineCount; i++) {
            String line = lines.get(i);
            if (line != null) {
                scan(line, allowed, out, 0);
            }
        }
        return out.toString();
    }

    /**
     * Checks the items of one line: comma-separated, each trimmed of spaces and tabs, empty items skipped,
     * every name a token in {@code allowed}; appends each name in lower case to {@code out} (if not null).
     *
     * @return {@code count} plus the names in this line, or -1 when the line must be refused or the total
     *     exceeds {@link #MAX_NAMES}
     */
    private static int scan(String line, HeaderNames allowed, StringBuilder out, int count) {
        int n = line.length();
        int i = 0;
        while (i <= n) {
            int end = i;
            while (end < n && line.charAt(end) != ',') {
                end++;
            }
            int a = i;
            int b = end;
            while (a < b && isOws(line.charAt(a))) {
                a++;
            }
            while (b > a && isOws(line.charAt(b - 1))) {
                b--;
            }
            if (a < b) {
                if (++count > MAX_NAMES || allowed == null || !isTokenRegion(line, a, b)
                        || !allowed.contains(line, a, b)) {
                    return -1;
                }
                if (out != null) {
                    if (out.length() > 0) {
                        out.append(',');
                    }
                    for (int k = a; k < b; k++) {
                        char c = line.charAt(k);
                        out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                    }
                }
            }
            i = end + 1;
        }
        return count;
    }

    /** @return whether {@code line} is lower-case tokens joined by single commas, nothing else */
    private static boolean isCanonical(String line) {
        int n = line.length();
        if (n == 0 || line.charAt(0) == ',' || line.charAt(n - 1) == ',') {
            return false;
        }
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == ',') {
                if (prev == ',') {
                    return false;
                }
            } else if ((c >= 'A' && c <= 'Z') || !HttpTokens.isTchar(c)) {
                return false;
            }
            prev = c;
        }
        return true;
    }

    private static boolean isTokenRegion(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!HttpTokens.isTchar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOws(char c) {
        return c == ' ' || c == '\t';
    }
}
