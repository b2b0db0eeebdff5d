package org.corsgen.conformance.generated;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A full path template of the model ({@code g1f/a2/{n: [0-9]+}/p}) as the spec's regex R(T) (Jakarta REST
 * 3.1 §3.7.3, see {@code jakarta-rest-matching.md}): literals quoted, {@code {name}} as {@code [^/]+},
 * {@code {name: re}} as {@code re}, and at most one trailing {@code /} in the request path. It answers
 * "could this method be the one at that path?", for the model's own, unencoded ASCII paths.
 */
final class TemplatePattern {

    /** A literal, or a variable with its regex. */
    record Part(String literal, String regex) {
        boolean isVariable() {
            return regex != null;
        }
    }

    private final String template;
    private final List<Part> parts;
    private final Pattern pattern;

    private TemplatePattern(String template, List<Part> parts) {
        this.template = template;
        this.parts = List.copyOf(parts);
        StringBuilder re = new StringBuilder();
        for (Part p : parts) {
            re.append(p.isVariable() ? "(?:" + p.regex + ")" : Pattern.quote(p.literal));
        }
        this.pattern = Pattern.compile(re + "/?");
    }

    static TemplatePattern of(String template) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int end = i;
            do {
                char d = template.charAt(end);
                depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                end++;
            } while (depth > 0);
            if (literal.length() > 0) {
                parts.add(new Part(literal.toString(), null));
                literal.setLength(0);
            }
            String inner = template.substring(i + 1, end - 1);
            int colon = inner.indexOf(':');
            parts.add(new Part(null, colon < 0 ? "[^/]+" : inner.substring(colon + 1).strip()));
            i = end;
        }
        if (literal.length() > 0) {
            parts.add(new Part(literal.toString(), null));
        }
        return new TemplatePattern(template, parts);
    }

    /** @param path relative to the application, without a leading {@code /} and without a query */
    boolean matches(String path) {
        return pattern.matcher(path).matches();
    }

    List<Part> parts() {
        return parts;
    }

    @Override
    public String toString() {
        return template;
    }
}
