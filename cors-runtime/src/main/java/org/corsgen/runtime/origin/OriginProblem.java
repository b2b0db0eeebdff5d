package org.corsgen.runtime.origin;

import org.corsgen.runtime.rules.Problem;

/**
 * One thing wrong with a configured origin list, found by {@link OriginRules}.
 *
 * @param severity whether the policy must be refused ({@link Severity#ERROR}) or only flagged
 * @param rule which rule was broken (its {@link Rule#id() id} is stable and printed with each diagnostic)
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
        EMPTY_LIST("no-origins"),
        /** A {@code null} or blank element in the list. */
        EMPTY_VALUE("origin-empty-value"),
        WILDCARD_WITH_CREDENTIALS("origin-wildcard-with-credentials"),
        WILDCARD_MIXED("origin-wildcard-mixed"),
        WILDCARD_WITH_PRIVATE_NETWORK("origin-wildcard-with-private-network"),
        NULL_ORIGIN("origin-null"),
        MISSING_SCHEME("origin-missing-scheme"),
        UNSUPPORTED_SCHEME("origin-unsupported-scheme"),
        WHITESPACE("origin-whitespace"),
        UPPER_CASE("origin-upper-case"),
        TRAILING_SLASH("origin-trailing-slash"),
        PATH("origin-path"),
        QUERY("origin-query"),
        FRAGMENT("origin-fragment"),
        USERINFO("origin-userinfo"),
        DEFAULT_PORT("origin-default-port"),
        BAD_PORT("origin-bad-port"),
        NON_ASCII_HOST("origin-non-ascii-host"),
        BAD_HOST("origin-bad-host"),
        BAD_PATTERN("origin-bad-pattern"),
        PUBLIC_SUFFIX_PATTERN("origin-public-suffix-pattern"),
        DUPLICATE("origin-duplicate"),
        INSECURE_WITH_CREDENTIALS("origin-insecure-with-credentials"),
        /** A {@code ${...}} placeholder that is not well formed (compile time). */
        PLACEHOLDER_SYNTAX("placeholder-syntax"),
        /** A placeholder where only origins may be: in a resolved value, or in a list never resolved. */
        PLACEHOLDER_IN_VALUE("placeholder-in-value"),
        /**
         * A placeholder without default whose system property and environment variable are both unset
         * (reported by the generated filter at start-up, never by {@link OriginRules}).
         */
        UNRESOLVED_PLACEHOLDER("placeholder-unresolved");

        private final String id;

        Rule(String id) {
            this.id = id;
        }

        /** @return the stable id, printed as {@code [corsgen:<id>]} and named by {@code @SuppressWarnings("corsgen:<id>")} */
        public String id() {
            return id;
        }
    }

    /** @return this problem in the rulebook's common form, with the rule's stable id */
    public Problem toProblem() {
        return new Problem(isError() ? Problem.Severity.ERROR : Problem.Severity.WARNING, rule.id(), value, message);
    }

    /** @return whether the severity is {@link Severity#ERROR} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
