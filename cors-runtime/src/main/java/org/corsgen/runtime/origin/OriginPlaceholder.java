package org.corsgen.runtime.origin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.corsgen.runtime.rules.Quote;

/**
 * An {@code origins} element that stands for a list of origins known only at start-up:
 * {@code "${CORS_ORIGINS}"}, or with a default after the first colon,
 * {@code "${CORS_ORIGINS:https://app.example.com,https://admin.example.com}"}.
 *
 * <p>The one implementation of the placeholder syntax: the processor reports {@link #syntaxProblem} as a
 * compile error, and the generated filter parses the same text at start-up. A placeholder is the whole
 * array element; its name is a letter or {@code _} followed by letters, digits, {@code _} and {@code .}
 * (so it can name an environment variable and a system property alike); its default, and the value it
 * resolves to, are a comma-separated list of origins ({@link #split}).
 */
public final class OriginPlaceholder {

    private final String text;
    private final String name;
    private final String defaultValue;

    private OriginPlaceholder(String text, String name, String defaultValue) {
        this.text = text;
        this.name = name;
        this.defaultValue = defaultValue;
    }

    /**
     * @return whether {@code value} is meant as a placeholder (it starts with {@code $} or contains
     *     {@code ${}), valid or not: such a value is never checked as an origin
     */
    public static boolean isPlaceholder(String value) {
        return value != null && (value.startsWith("$") || value.contains("${"));
    }

    /**
     * @param value an {@code origins} element for which {@link #isPlaceholder} holds
     * @return what is wrong with its syntax, quoting it and saying what to write; {@code null} when valid
     */
    public static String syntaxProblem(String value) {
        String q = Quote.of(value);
        if (!value.startsWith("${")) {
            int inner = value.indexOf("${");
            if (inner > 0) {
                int close = value.indexOf('}', inner);
                String alone = close > inner ? value.substring(inner, close + 1) : "${CORS_ORIGINS}";
                return "origin " + q + " has a placeholder inside it, but a placeholder stands for a whole"
                        + " comma-separated list of origins and must be the entire array element; write "
                        + Quote.of(alone);
            }
            String bare = value.substring(1);
            return "placeholder " + q + " has no braces; write "
                    + Quote.of("${" + (isName(bare) ? bare : "CORS_ORIGINS") + "}");
        }
        if (value.indexOf("${", 2) >= 0) {
            return "placeholder " + q + " contains another placeholder; write one placeholder per array element,"
                    + " and only origins in a default";
        }
        int close = value.indexOf('}');
        if (close < 0) {
            return "placeholder " + q + " has no closing '}'; write " + Quote.of(value + "}");
        }
        if (close != value.length() - 1) {
            return "placeholder " + q + " has text after its closing '}', but a placeholder must be the entire"
                    + " array element; write " + Quote.of(value.substring(0, close + 1))
                    + " and put other origins in array elements of their own";
        }
        String inner = value.substring(2, close);
        int colon = inner.indexOf(':');
        String name = colon < 0 ? inner : inner.substring(0, colon);
        String rest = colon < 0 ? "" : inner.substring(colon);
        if (name.isEmpty()) {
            return "placeholder " + q + " has no name; write the name of a system property or environment variable,"
                    + " e.g. " + Quote.of("${CORS_ORIGINS" + rest + "}");
        }
        if (!isName(name)) {
            return "placeholder " + q + " has the name " + Quote.of(name) + ", but a name is a letter or"
                    + " '_' followed by letters, digits, '_' and '.'; write "
                    + Quote.of("${" + fixName(name) + rest + "}");
        }
        if (rest.startsWith(":-")) {
            return "placeholder " + q + " writes its default after \":-\" as shells do, but here the default"
                    + " follows the ':' directly; write " + Quote.of("${" + name + ":" + rest.substring(2) + "}");
        }
        return null;
    }

    /**
     * @param value a valid placeholder ({@link #syntaxProblem} returned {@code null})
     * @return the parsed placeholder
     * @throws IllegalArgumentException with the {@link #syntaxProblem} message if it is not valid
     */
    public static OriginPlaceholder parse(String value) {
        Objects.requireNonNull(value, "value");
        String problem = isPlaceholder(value) ? syntaxProblem(value) : "origin " + Quote.of(value)
                + " is not a placeholder such as \"${CORS_ORIGINS}\"";
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String inner = value.substring(2, value.length() - 1);
        int colon = inner.indexOf(':');
        return colon < 0 ? new OriginPlaceholder(value, inner, null)
                : new OriginPlaceholder(value, inner.substring(0, colon), inner.substring(colon + 1));
    }

    /**
     * The list format of defaults and resolved values: split at commas, each item trimmed, empty items
     * dropped ({@code "https://a.example.com, https://b.example.com,"} gives two origins, {@code ""} none).
     *
     * @return the items, in order
     */
    public static List<String> split(String list) {
        List<String> items = new ArrayList<>();
        if (list == null) {
            return items;
        }
        for (String item : list.split(",", -1)) {
            String t = item.strip();
            if (!t.isEmpty()) {
                items.add(t);
            }
        }
        return items;
    }

    /** @return the placeholder exactly as written, e.g. {@code ${CORS_ORIGINS:https://app.example.com}} */
    public String text() {
        return text;
    }

    /** @return the name looked up as a system property and as an environment variable */
    public String name() {
        return name;
    }

    public boolean hasDefault() {
        return defaultValue != null;
    }

    /** @return the text after the colon (possibly empty), or {@code null} without a default */
    public String defaultValue() {
        return defaultValue;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OriginPlaceholder && ((OriginPlaceholder) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    static boolean isName(String s) {
        if (s.isEmpty() || !(isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** @return {@code name} trimmed, every other character that is not allowed replaced by {@code _} */
    private static String fixName(String name) {
        String t = name.strip();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            b.append(isLetter(c) || (c >= '0' && c <= '9') || c == '.' ? c : '_');
        }
        if (b.length() == 0 || (b.charAt(0) >= '0' && b.charAt(0) <= '9') || b.charAt(0) == '.') {
            b.insert(0, '_');
        }
        return b.toString();
    }
}
