package org.corsgen.runtime.origin;

/**
 * One thing wrong with a configured origin list, found by {@link OriginRules}.
 *
 * @param severity whether the policy must be refused ({@link Severity#ERROR}) or only flagged
 * @param rule which rule was broken (stable, for tests and tooling)
 * @param value the offending configured value exactly as written (for locating it in an annotation),
 *     or {@code null} when the problem is about the list as a whole (e.g. an empty list)
 * @param message what is wrong, quoting the value, and what to write instead, e.g.
 *     {@code origin "https://app.example.com/" has a trailing '/'; browsers send "https://app.example.com"}
 */
public record OriginProblem(Severity severity, Rule rule, String value, String message) {

    /** How bad a problem is. */
    public enum Severity { ERROR, WARNING }

    /** The origin rules, one constant per mistake. */
    public enum Rule {
        EMPTY_LIST,
        /** A {@code null} or blank element in the list. */
        EMPTY_VALUE,
        WILDCARD_WITH_CREDENTIALS,
        WILDCARD_MIXED,
        WILDCARD_WITH_PRIVATE_NETWORK,
        NULL_ORIGIN,
        MISSING_SCHEME,
        UNSUPPORTED_SCHEME,
        WHITESPACE,
        UPPER_CASE,
        TRAILING_SLASH,
        PATH,
        QUERY,
        FRAGMENT,
        USERINFO,
        DEFAULT_PORT,
        BAD_PORT,
        NON_ASCII_HOST,
        BAD_HOST,
        BAD_PATTERN,
        PUBLIC_SUFFIX_PATTERN,
        DUPLICATE,
        INSECURE_WITH_CREDENTIALS,
        /** A {@code ${...}} placeholder that is not well formed (compile time). */
        PLACEHOLDER_SYNTAX,
        /** A placeholder where only origins may be: in a resolved value, or in a list never resolved. */
        PLACEHOLDER_IN_VALUE,
        /**
         * A placeholder without default whose system property and environment variable are both unset
         * (reported by the generated filter at start-up, never by {@link OriginRules}).
         */
        UNRESOLVED_PLACEHOLDER
    }

    /** @return whether the severity is {@link Severity#ERROR} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
