package org.corsgen.runtime;

import java.util.List;

/**
 * The origins a generated filter resolved at start-up break a rule: nothing is served with such a policy.
 * Thrown from the filter's class initialisation, so the container's start-up fails with it (as the cause
 * of an {@link ExceptionInInitializerError}). The message lists every problem; each names the placeholder,
 * the value it resolved to and where from, the rule, and what to write instead.
 */
public final class CorsStartupException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The problems, one line each. */
    private final String[] problems;

    CorsStartupException(String message, List<String> problems) {
        super(message);
        this.problems = problems.toArray(new String[0]);
    }

    /** @return one message per problem, in the order found */
    public List<String> problems() {
        return List.of(problems);
    }
}
