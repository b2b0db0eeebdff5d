package org.corsgen.runtime.headers;

import java.util.Objects;

/**
 * Why {@link RequestedHeaders} refuses a preflight's {@code Access-Control-Request-Headers}: the rule it
 * broke and, for a rule about one name, that name as requested. Made only when a list is refused
 * ({@link RequestedHeaders#refusal}); an allowed list makes none.
 */
public final class HeaderRefusal {

    /** The rule a refused list breaks, in the order {@link RequestedHeaders} checks them. */
    public enum Rule {
        /** More than {@link RequestedHeaders#MAX_NAMES} header lines, even empty ones. */
        TOO_MANY_LINES,
        /** More than {@link RequestedHeaders#MAX_CHARS} characters, the lines counted joined with commas. */
        TOO_LONG,
        /** More than {@link RequestedHeaders#MAX_NAMES} names. */
        TOO_MANY_NAMES,
        /** A name that is not an HTTP token ({@link #name()} says which). */
        MALFORMED_NAME,
        /** A token the policy does not allow ({@link #name()} says which). */
        NAME_NOT_ALLOWED,
        /** The container's list of lines failed while it was read. */
        UNREADABLE
    }

    private static final HeaderRefusal TOO_MANY_LINES = new HeaderRefusal(Rule.TOO_MANY_LINES, null);
    private static final HeaderRefusal TOO_LONG = new HeaderRefusal(Rule.TOO_LONG, null);
    private static final HeaderRefusal TOO_MANY_NAMES = new HeaderRefusal(Rule.TOO_MANY_NAMES, null);
    /** A list the container could not give. */
    public static final HeaderRefusal UNREADABLE = new HeaderRefusal(Rule.UNREADABLE, null);

    private final Rule rule;
    private final String name;

    private HeaderRefusal(Rule rule, String name) {
        this.rule = rule;
        this.name = name;
    }

    /** @return the refusal for a rule about the whole list (no name) */
    static HeaderRefusal of(Rule rule) {
        return switch (rule) {
            case TOO_MANY_LINES -> TOO_MANY_LINES;
            case TOO_LONG -> TOO_LONG;
            case TOO_MANY_NAMES -> TOO_MANY_NAMES;
            case UNREADABLE -> UNREADABLE;
            case MALFORMED_NAME, NAME_NOT_ALLOWED -> throw new IllegalArgumentException(rule + " names a header");
        };
    }

    /** @return the refusal of one requested name: malformed when it is no token, else not allowed */
    static HeaderRefusal ofName(String name) {
        return new HeaderRefusal(HttpTokens.isToken(name) ? Rule.NAME_NOT_ALLOWED : Rule.MALFORMED_NAME, name);
    }

    public Rule rule() {
        return rule;
    }

    /** @return the refused name as requested (trimmed of spaces and tabs), or {@code null} for a rule about the list */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeaderRefusal r && rule == r.rule && Objects.equals(name, r.name);
    }

    @Override
    public int hashCode() {
        return rule.hashCode() * 31 + Objects.hashCode(name);
    }

    @Override
    public String toString() {
        return name == null ? rule.toString() : rule + " " + name;
    }
}
