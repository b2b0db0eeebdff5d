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
            // what a browser sends when the page asks for every allowed header: one comparison
            // (equals compares the characters: the request never brings the configured String instance)
            String all = allowed == null ? null : allowed.allInBrowserForm();
            if (all != null && all.equals(line)) {
                return line;
            }
            if (allowed != null && allLowerCaseNamesAllowed(line, allowed)) {
                return line;
            }
            int count = scanCanonical(line, allowed);
            if (count >= 0) {
                return line;
            }
            if (count == REFUSED) {
                return null;
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
                // contains() is only true for a token (for "*": it checks that; otherwise a configured name)
                if (++count > MAX_NAMES || allowed == null || !allowed.contains(line, a, b)) {
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

    /**
     * The common case, fast: every comma-separated item of {@code line} is exactly one of the allowed names
     * in lower case (so the line is in the browser's canonical form, and allowed). {@code false} says
     * nothing: the careful scans decide.
     */
    private static boolean allLowerCaseNamesAllowed(String line, HeaderNames allowed) {
        int n = line.length();
        int count = 0;
        int a = 0;
        while (++count <= MAX_NAMES) {
            int b = line.indexOf(',', a);
            if (b < 0) {
                b = n;
            }
            if (a == b || !allowed.containsLowerCase(line, a, b)) {
                return false;
            }
            if (b == n) {
                return true;
            }
            a = b + 1;
        }
        return false;
    }

    private static final int REFUSED = -1;
    private static final int NOT_CANONICAL = -2;

    /**
     * The browser's form in one pass: lower-case tokens joined by single commas, nothing else, each
     * checked against {@code allowed}.
     *
     * @return the number of names when {@code line} is in that form and every name is allowed;
     *     {@link #REFUSED} when it is in that form (as far as scanned) and must be refused;
     *     {@link #NOT_CANONICAL} when it is not in that form (the general path decides)
     */
    private static int scanCanonical(String line, HeaderNames allowed) {
        int n = line.length();
        int count = 0;
        int a = 0;
        while (true) {
            int b = a;
            while (b < n) {
                char c = line.charAt(b);
                if (c == ',') {
                    break;
                }
                if ((c >= 'A' && c <= 'Z') || !HttpTokens.isTchar(c)) {
                    return NOT_CANONICAL;
                }
                b++;
            }
            if (a == b) {
                return NOT_CANONICAL; // empty item: leading, trailing or double comma
            }
            if (++count > MAX_NAMES || allowed == null || !allowed.contains(line, a, b)) {
                return REFUSED;
            }
            if (b == n) {
                return count;
            }
            a = b + 1;
        }
    }

    private static boolean isOws(char c) {
        return c == ' ' || c == '\t';
    }
}
