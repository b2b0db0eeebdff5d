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
     *     ({@link #refusal} says which rule and which name)
     */
    public static String validate(List<String> lines, HeaderNames allowed) {
        return check(lines, allowed, null);
    }

    /**
     * Why {@link #validate} refuses these lines: the same checks in the same order, which on a refusal also
     * say which rule and which name (so they cannot disagree with it); for the refusal path only, where the
     * engine asks once {@code validate} has returned {@code null}.
     *
     * @return the refusal, or {@code null} when {@link #validate} accepts the lines
     */
    public static HeaderRefusal refusal(List<String> lines, HeaderNames allowed) {
        Why why = new Why();
        if (check(lines, allowed, why) != null) {
            return null;
        }
        return why.refusal != null ? why.refusal : HeaderRefusal.UNREADABLE;
    }

    /** Where a check that refuses says why; {@code null} on the path that only needs the answer. */
    private static final class Why {
        HeaderRefusal refusal;
    }

    private static String check(List<String> lines, HeaderNames allowed, Why why) {
        if (lines == null) {
            return "";
        }
        try {
            return validateLines(lines, allowed, why);
        } catch (RuntimeException brokenOrConcurrentlyModifiedList) {
            return refused(why, HeaderRefusal.UNREADABLE);
        }
    }

    /** @return {@code null}, having told {@code why} (if any) the reason */
    private static String refused(Why why, HeaderRefusal reason) {
        if (why != null) {
            why.refusal = reason;
        }
        return null;
    }

    private static String validateLines(List<String> lines, HeaderNames allowed, Why why) {
        int lineCount = lines.size();
        if (lineCount == 0) {
            return "";
        }
        if (lineCount > MAX_NAMES) {
            return refused(why, HeaderRefusal.of(HeaderRefusal.Rule.TOO_MANY_LINES));
        }
        // the lines count as one value joined with ',' (as the answer is), so a validated list always
        // validates again
        int total = lineCount - 1;
        for (int i = 0; i < lineCount; i++) {
            String line = lines.get(i);
            if (line != null) {
                total += line.length();
                if (total > MAX_CHARS) {
                    return refused(why, HeaderRefusal.of(HeaderRefusal.Rule.TOO_LONG));
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
                if (why != null) {
                    scan(line, allowed, null, 0, why); // the same items, so the same refusal: it names it
                }
                return null;
            }
        }
        int count = 0;
        for (int i = 0; i < lineCount; i++) {
            String line = lines.get(i);
            if (line != null && (count = scan(line, allowed, null, count, why)) < 0) {
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
                scan(line, allowed, out, 0, null);
            }
        }
        return out.toString();
    }

    /**
     * Checks the items of one line: comma-separated, each trimmed of spaces and tabs, empty items skipped,
     * every name a token in {@code allowed}; appends each name in lower case to {@code out} (if not null).
     *
     * @param why told the reason when the line is refused, or {@code null}
     * @return {@code count} plus the names in this line, or -1 when the line must be refused or the total
     *     exceeds {@link #MAX_NAMES}
     */
    private static int scan(String line, HeaderNames allowed, StringBuilder out, int count, Why why) {
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
                if (++count > MAX_NAMES) {
                    refused(why, HeaderRefusal.of(HeaderRefusal.Rule.TOO_MANY_NAMES));
                    return -1;
                }
                // contains() is only true for a token (for "*": it checks that; otherwise a configured name)
                if (allowed == null || !allowed.contains(line, a, b)) {
                    if (why != null) {
                        refused(why, HeaderRefusal.ofName(line.substring(a, b)));
                    }
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
