package org.corsgen.runtime.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code @Path} value, parsed once when the table is built.
 *
 * <p>Parsing: one leading {@code /} is ignored; {@code {name}} and {@code {name: regex}} are variables
 * (name {@code [\w][\w.-]*} with letters and digits in the Unicode sense, as Jersey accepts; whitespace
 * around the name and the regex is allowed; the regex may contain balanced braces, counted without regard
 * to backslashes, as Jersey does; an empty regex means a plain variable); a {@code }} outside a variable
 * or an unterminated variable is an error; one trailing literal {@code /} is removed. Literals are
 * percent-encoded as Jakarta REST does (see {@link PercentEncoding}).
 *
 * <p>Sort key K of §3.7.2: literal characters as written (including a trailing {@code /}, excluding the
 * leading one, i.e. Jersey's count minus the {@code /} it adds to every template), number of variables
 * (occurrences), number of variables with an explicit regex.
 *
 * <p>Two templates with the same {@link #key} have the same R(T): they differ at most in variable names,
 * the leading/trailing {@code /} or how literals were encoded in the source.
 *
 * <p>Matching: templates without explicit regexes are matched segment by segment with
 * {@link SegmentPattern}; a template with at least one explicit regex uses its own {@link TemplateRegex}.
 */
final class PathTemplate {

    /** Most specific first: literal characters, then variables, then variables with a regex, all descending. */
    static final Comparator<PathTemplate> SPECIFICITY = (a, b) -> {
        if (a.literalChars != b.literalChars) {
            return Integer.compare(b.literalChars, a.literalChars);
        }
        if (a.variables != b.variables) {
            return Integer.compare(b.variables, a.variables);
        }
        return Integer.compare(b.regexVariables, a.regexVariables);
    };

    /** A template variable; {@code regex} is {@code null} for a plain {@code {name}}. */
    static final class Variable {
        final String name;
        final String regex;

        Variable(String name, String regex) {
            this.name = name;
            this.regex = regex;
        }
    }

    final String source;
    /** Identity of R(T): encoded literals, {@code {}} for a plain variable, {@code {regex}} otherwise. */
    final String key;
    final int literalChars;
    final int variables;
    final int regexVariables;
    /** The encoded literal segments (normal form) the template starts with, before any variable. */
    final String[] leadingSegments;

    /** Non-null for a non-empty template without explicit regexes. */
    private final SegmentPattern[] segments;
    /** Cached lengths (read on the hot path without touching the arrays). */
    private final int segmentCount;
    private final int leadingCount;
    /** Non-null for a template with an explicit regex. */
    private final TemplateRegex regex;

    private PathTemplate(String source, String key, int literalChars, int variables, int regexVariables,
            String[] leadingSegments, SegmentPattern[] segments, TemplateRegex regex) {
        this.source = source;
        this.key = key;
        this.literalChars = literalChars;
        this.variables = variables;
        this.regexVariables = regexVariables;
        this.leadingSegments = leadingSegments;
        this.segments = segments;
        this.regex = regex;
        this.segmentCount = segments == null ? 0 : segments.length;
        this.leadingCount = leadingSegments.length;
    }

    /**
     * @throws IllegalArgumentException if the template is {@code null} or malformed
     */
    static PathTemplate parse(String template) {
        return parse(template, new HashMap<>());
    }

    /**
     * @param shared segment patterns already built for other templates of the same table, by their tokens:
     *     equal segments (every {@code {id}}, for one) share one object, which keeps a lookup's working set
     *     small
     * @throws IllegalArgumentException if the template is {@code null} or malformed
     */
    static PathTemplate parse(String template, Map<List<String>, SegmentPattern> shared) {
        if (template == null) {
            throw new IllegalArgumentException("template is null");
        }
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int literalChars = 0;
        int variables = 0;
        int regexVariables = 0;
        int i = template.startsWith("/") ? 1 : 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                if (literal.length() > 0) {
                    literalChars += literal.length();
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                int[] end = new int[1];
                Variable variable = parseVariable(template, i, end);
                parts.add(variable);
                variables++;
                if (variable.regex != null) {
                    regexVariables++;
                }
                i = end[0];
            } else if (c == '}') {
                throw new IllegalArgumentException("template \"" + template + "\": unbalanced '}' at " + i);
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            literalChars += literal.length();
            parts.add(literal.toString());
        }
        removeTrailingSlash(parts);

        boolean hasRegex = regexVariables > 0;
        StringBuilder key = new StringBuilder();
        for (int p = 0; p < parts.size(); p++) {
            Object part = parts.get(p);
            if (part instanceof String) {
                String encoded = PercentEncoding.encodeLiteral((String) part);
                parts.set(p, encoded);
                key.append(encoded);
            } else {
                String re = ((Variable) part).regex;
                key.append('{').append(re == null ? "" : re).append('}');
            }
        }
        String[] leading = leadingSegments(parts);
        if (parts.isEmpty()) {
            return new PathTemplate(template, "", 0, 0, 0, leading, null, null);
        }
        if (hasRegex) {
            return new PathTemplate(template, key.toString(), literalChars, variables, regexVariables, leading,
                    null, TemplateRegex.compile(template, parts));
        }
        return new PathTemplate(template, key.toString(), literalChars, variables, 0, leading,
                segmentPatterns(parts, shared), null);
    }

    /** Parses the variable whose '{' is at {@code open}; {@code end[0]} receives the index after its '}'. */
    private static Variable parseVariable(String t, int open, int[] end) {
        int len = t.length();
        int j = skipWhitespace(t, open + 1);
        if (j >= len || !(Character.isLetterOrDigit(t.charAt(j)) || t.charAt(j) == '_')) {
            throw new IllegalArgumentException("template \"" + t + "\": variable name expected at " + j);
        }
        int nameStart = j;
        while (j < len && isNameChar(t.charAt(j))) {
            j++;
        }
        String name = t.substring(nameStart, j);
        j = skipWhitespace(t, j);
        if (j < len && t.charAt(j) == '}') {
            end[0] = j + 1;
            return new Variable(name, null);
        }
        if (j >= len || t.charAt(j) != ':') {
            throw new IllegalArgumentException("template \"" + t + "\": '}' or ':' expected after variable name \""
                    + name + "\" at " + j);
        }
        int regexStart = ++j;
        int depth = 1;
        for (; j < len; j++) {
            char c = t.charAt(j);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                break;
            }
        }
        if (j >= len) {
            throw new IllegalArgumentException("template \"" + t + "\": unterminated variable \"" + name + "\"");
        }
        String regex = t.substring(regexStart, j).trim();
        end[0] = j + 1;
        return new Variable(name, regex.isEmpty() ? null : regex);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    private static int skipWhitespace(String t, int j) {
        while (j < t.length() && Character.isWhitespace(t.charAt(j))) {
            j++;
        }
        return j;
    }

    private static void removeTrailingSlash(List<Object> parts) {
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last) instanceof String) {
            String literal = (String) parts.get(last);
            if (literal.endsWith("/")) {
                if (literal.length() == 1) {
                    parts.remove(last);
                } else {
                    parts.set(last, literal.substring(0, literal.length() - 1));
                }
            }
        }
    }

    private static String[] leadingSegments(List<Object> encodedParts) {
        if (encodedParts.isEmpty() || !(encodedParts.get(0) instanceof String)) {
            return new String[0];
        }
        List<String> pieces = splitOnSlash((String) encodedParts.get(0));
        if (encodedParts.size() > 1) {
            pieces.remove(pieces.size() - 1); // the piece joined to the following variable
        }
        return pieces.toArray(new String[0]);
    }

    private static SegmentPattern[] segmentPatterns(List<Object> encodedParts,
            Map<List<String>, SegmentPattern> shared) {
        List<SegmentPattern> result = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (Object part : encodedParts) {
            if (part instanceof String) {
                List<String> pieces = splitOnSlash((String) part);
                for (int p = 0; p < pieces.size(); p++) {
                    if (p > 0) {
                        result.add(shared.computeIfAbsent(new ArrayList<>(tokens), SegmentPattern::of));
                        tokens.clear();
                    }
                    if (!pieces.get(p).isEmpty()) {
                        tokens.add(pieces.get(p));
                    }
                }
            } else {
                tokens.add(null);
            }
        }
        result.add(shared.computeIfAbsent(tokens, SegmentPattern::of));
        return result.toArray(new SegmentPattern[0]);
    }

    private static List<String> splitOnSlash(String s) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int slash = s.indexOf('/'); slash >= 0; slash = s.indexOf('/', from)) {
            pieces.add(s.substring(from, slash));
            from = slash + 1;
        }
        pieces.add(s.substring(from));
        return pieces;
    }

    /** Whether this is {@code ""} or {@code "/"}: R(T) is just the final group. */
    boolean isEmpty() {
        return segments == null && regex == null;
    }

    /**
     * Matches R(T) against the remainder {@code "/" + s.substring(q)} (or the empty remainder if
     * {@code q == s.length() + 1}).
     *
     * @return the position of the final group plus one ({@code >= s.length()} when the final group is
     *     {@code ""} or {@code "/"}); -1 if the template does not match
     */
    int match(String s, int q) {
        if (isEmpty()) {
            return q;
        }
        int len = s.length();
        if (q > len) {
            return -1;
        }
        if (regex != null) {
            return regex.match(s, q);
        }
        return matchSegments(s, q, 0);
    }

    /**
     * Like {@link #match}, for a remainder whose first segments are already known to equal this template's
     * {@link #leadingSegments} (the candidate index only offers a template for such paths): those segments
     * are skipped rather than compared again.
     */
    int matchAfterLeading(String s, int q) {
        if (isEmpty()) {
            return q;
        }
        if (q > s.length()) {
            return -1;
        }
        if (regex != null) {
            return regex.match(s, q);
        }
        return matchSegments(s, q, leadingCount);
    }

    private int matchSegments(String s, int q, int known) {
        int len = s.length();
        int pos = q;
        int last = segmentCount - 1;
        for (int i = 0; i < known; i++) {
            int end = s.indexOf('/', pos);
            if (end < 0) {
                end = len;
            }
            if (i == last) {
                return end + 1;
            }
            if (end == len) {
                return -1;
            }
            pos = end + 1;
        }
        for (int i = known; ; i++) {
            int end = segments[i].matchSegment(s, pos);
            if (end < 0) {
                return -1;
            }
            if (i == last) {
                return end + 1;
            }
            if (end == len) {
                return -1;
            }
            pos = end + 1;
        }
    }

    @Override
    public String toString() {
        return source;
    }
}
