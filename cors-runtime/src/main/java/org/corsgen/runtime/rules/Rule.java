package org.corsgen.runtime.rules;

/**
 * The rules for methods, headers and max-age, each with its stable id (printed in every diagnostic as
 * {@code [corsgen:<id>]}, and what {@code @SuppressWarnings("corsgen:<id>")} names). The origin rules are
 * {@code org.corsgen.runtime.origin.OriginProblem.Rule}, with ids of the same form.
 */
public enum Rule {
    METHOD_TOKEN("method-token"),
    METHOD_FORBIDDEN("method-forbidden"),
    METHOD_CASE("method-case"),
    ALLOWED_HEADER_TOKEN("allowed-header-token"),
    ALLOWED_HEADER_WILDCARD_MIXED("allowed-header-wildcard-mixed"),
    ALLOWED_HEADER_CORS_PROTOCOL("allowed-header-cors-protocol"),
    ALLOWED_HEADER_FORBIDDEN("allowed-header-forbidden"),
    EXPOSED_HEADER_TOKEN("exposed-header-token"),
    EXPOSED_HEADER_WILDCARD_WITH_CREDENTIALS("exposed-header-wildcard-with-credentials"),
    EXPOSED_HEADER_CORS_PROTOCOL("exposed-header-cors-protocol"),
    EXPOSED_HEADER_NEVER_EXPOSED("exposed-header-never-exposed"),
    MAX_AGE_NEGATIVE("max-age-negative"),
    MAX_AGE_TOO_LONG("max-age-too-long"),
    MAX_AGE_ABOVE_CHROMIUM("max-age-above-chromium");

    private final String id;

    Rule(String id) {
        this.id = id;
    }

    /** @return the stable id, e.g. {@code method-case} */
    public String id() {
        return id;
    }
}
