package org.corsgen.runtime.origin;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;

import org.corsgen.runtime.origin.OriginProblem.Rule;
import org.corsgen.runtime.origin.OriginProblem.Severity;
import org.corsgen.runtime.rules.Quote;

/**
 * One configured origin value, parsed: either its problems (each with a message quoting the value and,
 * where one can be computed, the corrected value, which is itself checked to be valid) or, when it has
 * no error, its parts for {@link OriginMatcher}. Used for every value except {@code "*"}.
 */
final class ParsedOrigin {

    /** {@link #port} when no port is written. */
    static final int NO_PORT = -1;
    /** {@link #port} for {@code :*}. */
    static final int ANY_PORT = 0;

    private static final String HINT =
            "write scheme://host[:port] exactly as browsers send it, e.g. \"https://app.example.com\"";
    private static final String PATTERN_HINT = "'*' may only stand for whole leading labels of the host"
            + " (\"https://*.example.com\") or for the port (\"http://localhost:*\")";
    private static final String IP_PATTERN =
            "puts \"*.\" in front of an IP address; patterns only work with domain names, so list the exact origins";

    private final String value;
    private final PublicSuffixes suffixes;
    private final List<Finding> findings = new ArrayList<>();
    private final List<OriginProblem> problems = new ArrayList<>();

    /** Lower-case {@code http}/{@code https} (also the scheme suggested when it is missing or wrong). */
    private String scheme;
    /** The host as browsers write it (the part after {@code *.} for a pattern), or null if not computable. */
    private String host;
    private boolean wildcardHost;
    private int port = NO_PORT;
    private int writtenPort = NO_PORT;

    private boolean noFix;
    private boolean schemeMissing;
    private int schemeFindingIndex;
    private boolean upper;
    private boolean upperReported;
    private boolean justStar;

    private ParsedOrigin(String value, PublicSuffixes suffixes) {
        this.value = value;
        this.suffixes = suffixes;
    }

    /** Parses a configured value other than {@code "*"}; {@code value} may be anything, even null. */
    static ParsedOrigin parse(String value, PublicSuffixes suffixes) {
        ParsedOrigin p = new ParsedOrigin(value, suffixes);
        p.parseValue();
        p.finish();
        String fix = p.fix();
        for (Finding f : p.findings) {
            String msg = "origin " + Quote.of(value) + " " + f.what;
            if (!f.selfContained) {
                String verb = f.write || p.isPattern() ? "write " : "browsers send ";
                msg += fix == null ? "; " + HINT : "; " + verb + Quote.of(fix);
            }
            p.problems.add(new OriginProblem(f.severity, f.rule, value, msg));
        }
        return p;
    }

    List<OriginProblem> problems() {
        return problems;
    }

    boolean hasError() {
        for (OriginProblem p : problems) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }

    String scheme() {
        return scheme;
    }

    String host() {
        return host;
    }

    boolean wildcardHost() {
        return wildcardHost;
    }

    int port() {
        return port;
    }

    boolean isPattern() {
        return wildcardHost || port == ANY_PORT;
    }

    /** @return this valid value with another scheme, leaving out the port if it is that scheme's default */
    String withScheme(String newScheme) {
        return newScheme + "://" + (wildcardHost ? "*." : "") + host
                + (port == ANY_PORT ? ":*" : port > 0 && port != defaultPort(newScheme) ? ":" + port : "");
    }

    /** @return whether a valid value's host is a loopback name or address */
    boolean isLoopback() {
        return host != null && (host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                || host.equals("[::1]"));
    }

    // ---- parsing -------------------------------------------------------------------------------------

    private void parseValue() {
        if (value == null || isBlank(value)) {
            add(Rule.EMPTY_VALUE, value == null ? "is a null element; remove it" : "is empty; remove it", true);
            noFix = true;
            return;
        }
        String w = value;
        if (hasSpaceOrControl(w)) {
            boolean control = false;
            StringBuilder b = new StringBuilder(w.length());
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (isSpaceOrControl(c)) {
                    control |= Character.isISOControl(c) && !Character.isWhitespace(c);
                } else {
                    b.append(c);
                }
            }
            String stripped = b.toString();
            String what = control ? "contains a control character"
                    : w.strip().equals(w) || hasSpaceOrControl(w.strip()) ? "contains whitespace"
                    : "has leading or trailing whitespace";
            add(Rule.WHITESPACE, what, false);
            w = stripped;
        }
        if (w.equals("*")) {
            justStar = true;
            return;
        }
        if (w.equalsIgnoreCase("null")) {
            add(Rule.NULL_ORIGIN, "allows the opaque origin \"null\", which sandboxed iframes, data: documents and"
                    + " cross-origin redirect chains all send, so any site can obtain it; list the real origins"
                    + " instead", true);
            noFix = true;
            return;
        }
        String rest = parseScheme(w);
        if (rest == null) {
            return;
        }
        int end = indexOfAny(rest, "/?#");
        String authority = end < 0 ? rest : rest.substring(0, end);
        if (end >= 0) {
            parseTail(rest.substring(end));
        }
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String info = authority.substring(0, at + 1);
            add(Rule.USERINFO, "has user info " + Quote.of(info) + ", which browsers never send", false);
            // "https://app.example.com@evil.com": do not suggest the host after '@' when the intent is unclear
            noFix |= info.indexOf('.') >= 0;
            authority = authority.substring(at + 1);
        }
        String hostText;
        String portText = null;
        if (authority.startsWith("[")) {
            int rb = authority.indexOf(']');
            if (rb < 0) {
                fail(Rule.BAD_HOST, "has an unclosed '[' in the host");
                return;
            }
            hostText = authority.substring(0, rb + 1);
            String after = authority.substring(rb + 1);
            if (after.startsWith(":")) {
                portText = after.substring(1);
            } else if (!after.isEmpty()) {
                fail(Rule.BAD_HOST, "has " + Quote.of(after) + " after the IPv6 address");
                return;
            }
        } else {
            int colon = authority.indexOf(':');
            if (colon >= 0 && authority.indexOf(':', colon + 1) >= 0) {
                if (authority.startsWith("*.[")) {
                    fail(Rule.BAD_PATTERN, IP_PATTERN);
                    return;
                }
                if (authority.indexOf('*') >= 0) {
                    fail(Rule.BAD_PATTERN, "is not a supported pattern: " + PATTERN_HINT);
                    return;
                }
                int[] pieces = Ipv6.parse(authority);
                if (pieces == null) {
                    fail(Rule.BAD_HOST, "has more than one ':' after the host");
                } else {
                    add(Rule.BAD_HOST, "has an IPv6 address without the brackets browsers write", false);
                    host = "[" + Ipv6.format(pieces) + "]";
                }
                return;
            }
            hostText = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? null : authority.substring(colon + 1);
        }
        if (portText != null) {
            parsePort(portText);
        }
        parseHost(hostText);
    }

    /** @return what follows the scheme separator, or null to stop */
    private String parseScheme(String w) {
        schemeFindingIndex = findings.size();
        int sep = w.indexOf("://");
        if (w.startsWith("//")) {
            schemeMissing = true;
            return w.substring(2);
        }
        if (sep < 0) {
            int colon = w.indexOf(':');
            String before = colon > 0 ? lowerAscii(w.substring(0, colon)) : "";
            String after = colon > 0 ? w.substring(colon + 1) : "";
            if (before.equals("http") || before.equals("https")) {
                scheme = before;
                upper |= !w.startsWith(before);
                add(Rule.MISSING_SCHEME, "has no \"//\" after \"" + before + ":\"", false).write = true;
                int i = 0;
                while (i < after.length() && after.charAt(i) == '/') {
                    i++;
                }
                return after.substring(i);
            }
            if (isSchemeName(before) && before.indexOf('.') < 0 && !before.equals("localhost")
                    && !after.isEmpty() && !Character.isDigit(after.charAt(0)) && after.charAt(0) != '*') {
                fail(Rule.UNSUPPORTED_SCHEME, "has the scheme \"" + before + "\"; only http:// and https:// origins"
                        + " are accepted: write the origin of the page that makes the request, e.g."
                        + " \"https://app.example.com\"");
                findings.get(findings.size() - 1).selfContained = true;
                return null;
            }
            schemeMissing = true;
            return w;
        }
        if (sep == 0) {
            schemeMissing = true;
            return w.substring(3);
        }
        String s = w.substring(0, sep);
        String rest = w.substring(sep + 3);
        if (s.indexOf('*') >= 0) {
            add(Rule.BAD_PATTERN, "has a wildcard scheme; " + PATTERN_HINT + ", so list each scheme separately",
                    false).write = true;
            scheme = "https";
            return rest;
        }
        String ls = lowerAscii(s);
        upper |= !s.equals(ls);
        switch (ls) {
            case "http":
            case "https":
                scheme = ls;
                return rest;
            case "ws":
            case "wss":
                scheme = ls.equals("ws") ? "http" : "https";
                add(Rule.UNSUPPORTED_SCHEME, "has the scheme \"" + ls + "\"; a WebSocket handshake carries the"
                        + " origin of the page that opens it, which is http:// or https://", false).write = true;
                return rest;
            default:
                fail(Rule.UNSUPPORTED_SCHEME, "has the scheme " + Quote.of(s) + "; only http:// and https:// origins are"
                        + " accepted: write the origin of the page that makes the request, e.g."
                        + " \"https://app.example.com\"");
                findings.get(findings.size() - 1).selfContained = true;
                return null;
        }
    }

    private void parseTail(String tail) {
        int q = tail.indexOf('?');
        int h = tail.indexOf('#');
        int pathEnd = q >= 0 && (h < 0 || q < h) ? q : h >= 0 ? h : tail.length();
        String path = tail.substring(0, pathEnd);
        if (path.equals("/")) {
            add(Rule.TRAILING_SLASH, "has a trailing '/'", false);
        } else if (!path.isEmpty()) {
            add(Rule.PATH, "has the path " + Quote.of(path) + ", but an origin never has one", false);
        }
        if (q >= 0 && (h < 0 || q < h)) {
            add(Rule.QUERY, "has the query " + Quote.of(tail.substring(q, h < 0 ? tail.length() : h))
                    + ", but an origin never has one", false);
        }
        if (h >= 0) {
            add(Rule.FRAGMENT, "has the fragment " + Quote.of(tail.substring(h)) + ", but an origin never has one",
                    false);
        }
    }

    private void parsePort(String text) {
        if (text.equals("*")) {
            port = ANY_PORT;
            return;
        }
        if (text.indexOf('*') >= 0) {
            fail(Rule.BAD_PATTERN, "has the port " + Quote.of(text) + "; only \":*\" (any port) is supported, e.g."
                    + " \"http://localhost:*\"");
            return;
        }
        if (text.isEmpty()) {
            add(Rule.BAD_PORT, "has an empty port after ':'", false);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                fail(Rule.BAD_PORT, "has the port " + Quote.of(text) + ", which is not a number");
                return;
            }
        }
        int zeros = 0;
        while (zeros < text.length() - 1 && text.charAt(zeros) == '0') {
            zeros++;
        }
        String digits = text.substring(zeros);
        int p = digits.length() > 5 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (p > 65535) {
            fail(Rule.BAD_PORT, "has the port " + text + ", above 65535");
            return;
        }
        if (p == 0) {
            fail(Rule.BAD_PORT, "has the port " + text + ", which no browser can use (ports are 1-65535)");
            return;
        }
        writtenPort = p;
        if (zeros > 0) {
            add(Rule.BAD_PORT, "has the port " + text + " with leading zeros", false);
        } else if (scheme != null && p == defaultPort(scheme)) {
            add(Rule.DEFAULT_PORT, "has the default port :" + p + " of " + scheme + ", which browsers omit", false);
        }
        port = scheme != null && p == defaultPort(scheme) ? NO_PORT : p;
    }

    private void parseHost(String text) {
        if (text.indexOf('*') >= 0) {
            if (!text.startsWith("*.") || text.indexOf('*', 1) >= 0) {
                fail(Rule.BAD_PATTERN, "is not a supported pattern: " + PATTERN_HINT);
                return;
            }
            wildcardHost = true;
            text = text.substring(2);
            if (text.isEmpty()) {
                fail(Rule.BAD_PATTERN, "has nothing after \"*.\"; name the domain whose subdomains are allowed,"
                        + " e.g. \"https://*.example.com\"");
                return;
            }
        }
        if (text.startsWith("[")) {
            reportUpper();
            if (wildcardHost) {
                fail(Rule.BAD_PATTERN, IP_PATTERN);
                return;
            }
            int[] pieces = Ipv6.parse(text.substring(1, text.length() - 1));
            if (pieces == null) {
                fail(Rule.BAD_HOST, "has an invalid IPv6 address");
                return;
            }
            host = "[" + Ipv6.format(pieces) + "]";
            if (!host.equals(text)) {
                add(Rule.BAD_HOST, "writes the IPv6 address differently from browsers (lower case, shortest form)",
                        false);
            }
            return;
        }
        String h = text;
        for (int i = 0; i < h.length(); i++) {
            upper |= h.charAt(i) >= 'A' && h.charAt(i) <= 'Z';
        }
        reportUpper();
        if (!isAscii(h)) {
            if (h.indexOf('\u00df') >= 0 || h.indexOf('\u03c2') >= 0 || h.indexOf('\u200c') >= 0
                    || h.indexOf('\u200d') >= 0) {
                fail(Rule.NON_ASCII_HOST, "has a non-ASCII host with 'ß', 'ς' or a zero-width joiner, whose punycode"
                        + " differs between java.net.IDN (IDNA 2003) and browsers (UTS #46); write the xn-- form that"
                        + " the browser sends in its Origin header");
                findings.get(findings.size() - 1).selfContained = true;
                return;
            }
            try {
                h = lowerAscii(IDN.toASCII(h));
            } catch (IllegalArgumentException e) {
                fail(Rule.BAD_HOST, "has a non-ASCII host that is not a valid internationalized domain name");
                return;
            }
            add(Rule.NON_ASCII_HOST, "has a non-ASCII host, which browsers encode as punycode", false);
        } else {
            h = lowerAscii(h);
        }
        if (h.isEmpty()) {
            fail(Rule.BAD_HOST, "has no host");
            return;
        }
        if (h.endsWith(".")) {
            add(Rule.BAD_HOST, "has a trailing '.' in the host", false);
            while (h.endsWith(".")) {
                h = h.substring(0, h.length() - 1);
            }
            if (h.isEmpty()) {
                noFix = true;
                return;
            }
        }
        if (h.length() > 253) {
            fail(Rule.BAD_HOST, "has a host longer than 253 characters");
            return;
        }
        String[] labels = h.split("\\.", -1);
        if (endsInNumber(labels[labels.length - 1])) {
            if (wildcardHost) {
                fail(Rule.BAD_PATTERN, IP_PATTERN);
            } else if (!isDottedQuad(labels)) {
                fail(Rule.BAD_HOST, "has the host " + Quote.of(h) + ", which is not an IPv4 address in the dotted-decimal"
                        + " form browsers send (four numbers 0-255, no leading zeros)");
            } else {
                host = h;
            }
            return;
        }
        for (String label : labels) {
            if (label.isEmpty()) {
                fail(Rule.BAD_HOST, "has an empty label (\"..\") in the host");
                return;
            }
            if (label.length() > 63) {
                fail(Rule.BAD_HOST, "has a host label longer than 63 characters");
                return;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!isLdh(c)) {
                    fail(Rule.BAD_HOST, "has " + Quote.of(String.valueOf(c)) + " in the host; host names use only"
                            + " a-z, 0-9, '-' and '.'");
                    return;
                }
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                fail(Rule.BAD_HOST, "has a host label that starts or ends with '-'");
                return;
            }
        }
        host = h;
        if (wildcardHost && !h.equals("localhost") && suffixes.isPublicSuffix(h)) {
            fail(Rule.PUBLIC_SUFFIX_PATTERN, "matches every site under the public suffix \"" + h + "\", which"
                    + " anyone can register; allow subdomains of a domain you control, e.g. \"https://*.example."
                    + h + "\", or list the exact origins");
            findings.get(findings.size() - 1).selfContained = true;
        }
    }

    private void finish() {
        if (upper && !upperReported) {
            reportUpper();
        }
        if (schemeMissing) {
            scheme = writtenPort == 443 ? "https" : writtenPort == 80 || isLoopback() ? "http" : "https";
            if (writtenPort == defaultPort(scheme)) {
                port = NO_PORT;
            }
            Finding f = wildcardHost
                    ? new Finding(Rule.BAD_PATTERN, "is a pattern without a scheme", false)
                    : new Finding(Rule.MISSING_SCHEME, "has no scheme", false);
            f.write = true;
            findings.add(schemeFindingIndex, f);
        }
    }

    /** @return the corrected value, if every problem can be fixed and the result is itself valid */
    private String fix() {
        if (findings.isEmpty() || noFix) {
            return null;
        }
        if (justStar) {
            return "*";
        }
        if (scheme == null || host == null) {
            return null;
        }
        String candidate = withScheme(scheme);
        if (candidate.equals(value)) {
            return null;
        }
        ParsedOrigin again = new ParsedOrigin(candidate, suffixes);
        again.parseValue();
        again.finish();
        return again.findings.isEmpty() ? candidate : null;
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static final class Finding {
        final Rule rule;
        final String what;
        final Severity severity;
        /** The text already says what to do: no suggestion or hint is appended. */
        boolean selfContained;
        /** Say "write" rather than "browsers send" before the suggestion. */
        boolean write;

        Finding(Rule rule, String what, boolean selfContained) {
            this.rule = rule;
            this.what = what;
            this.severity = Severity.ERROR;
            this.selfContained = selfContained;
        }
    }

    private Finding add(Rule rule, String what, boolean selfContained) {
        Finding f = new Finding(rule, what, selfContained);
        findings.add(f);
        return f;
    }

    /** Adds a problem that leaves no correct value to suggest (a pattern problem explains itself). */
    private void fail(Rule rule, String what) {
        add(rule, what, rule == Rule.BAD_PATTERN);
        noFix = true;
    }

    private void reportUpper() {
        if (upper && !upperReported) {
            add(Rule.UPPER_CASE, "has upper-case letters", false);
            upperReported = true;
        }
    }

    static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : NO_PORT;
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

    private static boolean isSpaceOrControl(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || c == '\u200b' || c == '\ufeff';
    }

    private static boolean hasSpaceOrControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isSpaceOrControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpaceOrControl(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** RFC 3986 scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), already lower-cased. */
    private static boolean isSchemeName(String s) {
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
    private static boolean endsInNumber(String last) {
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
    private static boolean isDottedQuad(String[] labels) {
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

    /** IPv6 text as the URL standard parses and serializes it. */
    static final class Ipv6 {

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
                    if (!isDottedQuad(q)) {
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
}
