package org.corsgen.runtime.routing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * R(T) of Jakarta REST 3.1 §3.7.3 for a template that has at least one {@code {name: regex}} variable,
 * compiled once when the table is built: literals percent-encoded and regex-escaped (hex digits of
 * {@code %XX} in either case), {@code {name}} as {@code ([^/]+)}, {@code {name: re}} as {@code (re)}, the
 * trailing {@code /} already removed by the parser, then the final group {@code (/.*)?} (with {@code .}
 * also matching line terminators, so a stray control character in the remainder cannot hide a match).
 * The leading {@code /} every template gets is left out: matching starts after the request path's
 * {@code /}.
 */
final class TemplateRegex {

    private final Pattern pattern;

    private TemplateRegex(Pattern pattern) {
        this.pattern = pattern;
    }

    /**
     * @param parts literal parts as encoded text in normal form ({@code String}) and
     *     {@link PathTemplate.Variable}s
     * @throws IllegalArgumentException if a variable's regex does not compile
     */
    static TemplateRegex compile(String template, List<Object> parts) {
        StringBuilder re = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String) {
                appendLiteral(re, (String) part);
            } else {
                String variableRegex = ((PathTemplate.Variable) part).regex;
                if (variableRegex == null) {
                    re.append("([^/]+)");
                } else {
                    try {
                        Pattern.compile(variableRegex);
                    } catch (PatternSyntaxException e) {
                        throw new IllegalArgumentException("template \"" + template + "\": variable regex \""
                                + variableRegex + "\" does not compile: " + e.getDescription(), e);
                    }
                    re.append('(').append(variableRegex).append(')');
                }
            }
        }
        re.append("(/(?s:.*))?");
        try {
            return new TemplateRegex(Pattern.compile(re.toString()));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("template \"" + template + "\" does not compile to a regex: "
                    + e.getDescription(), e);
        }
    }

    private static void appendLiteral(StringBuilder re, String encoded) {
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                re.append('%');
                appendHexDigit(re, encoded.charAt(i + 1));
                appendHexDigit(re, encoded.charAt(i + 2));
                i += 2;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                re.append(c);
            } else {
                // encoded literals are ASCII; escaping a non-alphanumeric ASCII character is always valid
                re.append('\\').append(c);
            }
        }
    }

    private static void appendHexDigit(StringBuilder re, char upper) {
        if (upper >= 'A' && upper <= 'F') {
            re.append('[').append(upper).append((char) (upper + ('a' - 'A'))).append(']');
        } else {
            re.append(upper);
        }
    }

    /**
     * Matches R(T) against the remainder that starts (after its {@code /}) at {@code q}.
     *
     * @return the start of the final group ({@code s.length()} if it is empty) plus one, or -1
     */
    int match(String s, int q) {
        int len = s.length();
        Matcher m = pattern.matcher(s);
        m.region(q, len);
        try {
            if (!m.matches()) {
                return -1;
            }
        } catch (StackOverflowError deepBacktracking) {
            // an application regex with nested repetition on a huge path: treat as no match, never throw
            return -1;
        }
        int finalGroup = m.groupCount();
        int start = m.start(finalGroup);
        return (start < 0 ? len : start) + 1;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
