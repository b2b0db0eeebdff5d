package org.corsgen.runtime.origin;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;

import org.corsgen.runtime.origin.OriginProblem.Rule;
import org.corsgen.runtime.rules.Quote;

/**
 * Reads one configured origin value (anything but {@code "*"}, even {@code null}) into its parts, as
 * browsers would serialize them, and what is wrong with it ({@link OriginFinding}s, without the value or the
 * fix: {@link OriginMessages} writes those). It reads on after a problem where the parts can still be told,
 * so that every problem is found and {@link OriginFix} can suggest the corrected value.
 */
final class OriginParser {

    private static final String PATTERN_HINT = "'*' may only stand for whole leading labels of the host"
            + " (\"https://*.example.com\") or for the port (\"http://localhost:*\")";
    private static final String IP_PATTERN =
            "puts \"*.\" in front of an IP address; patterns only work with domain names, so list the exact origins";

    private final String value;
    private final PublicSuffixes suffixes;
    private final List<OriginFinding> findings = new ArrayList<>();

    /** Lower-case {@code http}/{@code https} (also the scheme suggested when it is missing or wrong). */
    private String scheme;
    /** The host as browsers write it (the part after {@code *.} for a pattern), or null if not computable. */
    private String host;
    private boolean wildcardHost;
    private int port = OriginChars.NO_PORT;
    private int writtenPort = OriginChars.NO_PORT;

    /** No corrected value can be suggested (the intent is unclear, or a problem leaves nothing to correct). */
    private boolean noFix;
    private boolean schemeMissing;
    /** Where the "no scheme" finding goes, once the end tells whether the value is a pattern. */
    private int schemeFindingIndex;
    private boolean upper;
    private boolean upperReported;
    /** The value is {@code "*"} once whitespace is removed. */
    private boolean justStar;

    private OriginParser(String value, PublicSuffixes suffixes) {
        this.value = value;
        this.suffixes = suffixes;
    }

    /** @return the parser after reading {@code value}: its parts and findings */
    static OriginParser read(String value, PublicSuffixes suffixes) {
        OriginParser p = new OriginParser(value, suffixes);
        p.parseValue();
        p.finish();
        return p;
    }

    String value() {
        return value;
    }

    PublicSuffixes suffixes() {
        return suffixes;
    }

    List<OriginFinding> findings() {
        return findings;
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

    boolean noFix() {
        return noFix;
    }

    boolean justStar() {
        return justStar;
    }

    boolean isPattern() {
        return wildcardHost || port == OriginChars.ANY_PORT;
    }

    private void parseValue() {
        if (value == null || OriginChars.isBlank(value)) {
            add(Rule.EMPTY_VALUE, value == null ? "is a null element; remove it" : "is empty; remove it", true);
            noFix = true;
            return;
        }
        String w = value;
        if (OriginChars.hasSpaceOrControl(w)) {
            boolean control = false;
            StringBuilder b = new StringBuilder(w.length());
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (OriginChars.isSpaceOrControl(c)) {
                    control |= Character.isISOControl(c) && !Character.isWhitespace(c);
                } else {
                    b.append(c);
                }
            }
            String stripped = b.toString();
            String what = control ? "contains a control character"
                    : w.strip().equals(w) || OriginChars.hasSpaceOrControl(w.strip()) ? "contains whitespace"
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
        int end = OriginChars.indexOfAny(rest, "/?#");
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
            String before = colon > 0 ? OriginChars.lowerAscii(w.substring(0, colon)) : "";
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
            if (OriginChars.isSchemeName(before) && before.indexOf('.') < 0 && !before.equals("localhost")
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
        String ls = OriginChars.lowerAscii(s);
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
            port = OriginChars.ANY_PORT;
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
        } else if (scheme != null && p == OriginChars.defaultPort(scheme)) {
            add(Rule.DEFAULT_PORT, "has the default port :" + p + " of " + scheme + ", which browsers omit", false);
        }
        port = scheme != null && p == OriginChars.defaultPort(scheme) ? OriginChars.NO_PORT : p;
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
        if (!OriginChars.isAscii(h)) {
            if (h.indexOf('\u00df') >= 0 || h.indexOf('\u03c2') >= 0 || h.indexOf('\u200c') >= 0
                    || h.indexOf('\u200d') >= 0) {
                fail(Rule.NON_ASCII_HOST, "has a non-ASCII host with 'ß', 'ς' or a zero-width joiner, whose punycode"
                        + " differs between java.net.IDN (IDNA 2003) and browsers (UTS #46); write the xn-- form that"
                        + " the browser sends in its Origin header");
                findings.get(findings.size() - 1).selfContained = true;
                return;
            }
            try {
                h = OriginChars.lowerAscii(IDN.toASCII(h));
            } catch (IllegalArgumentException e) {
                fail(Rule.BAD_HOST, "has a non-ASCII host that is not a valid internationalized domain name");
                return;
            }
            add(Rule.NON_ASCII_HOST, "has a non-ASCII host, which browsers encode as punycode", false);
        } else {
            h = OriginChars.lowerAscii(h);
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
        if (OriginChars.endsInNumber(labels[labels.length - 1])) {
            if (wildcardHost) {
                fail(Rule.BAD_PATTERN, IP_PATTERN);
            } else if (!OriginChars.isDottedQuad(labels)) {
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
                if (!OriginChars.isLdh(c)) {
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
            scheme = writtenPort == 443 ? "https" : writtenPort == 80 || OriginChars.isLoopback(host) ? "http" : "https";
            if (writtenPort == OriginChars.defaultPort(scheme)) {
                port = OriginChars.NO_PORT;
            }
            OriginFinding f = wildcardHost
                    ? new OriginFinding(Rule.BAD_PATTERN, "is a pattern without a scheme", false)
                    : new OriginFinding(Rule.MISSING_SCHEME, "has no scheme", false);
            f.write = true;
            findings.add(schemeFindingIndex, f);
        }
    }

    private OriginFinding add(Rule rule, String what, boolean selfContained) {
        OriginFinding f = new OriginFinding(rule, what, selfContained);
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
}
