package org.corsgen.runtime.origin;

import org.corsgen.runtime.origin.OriginProblem.Rule;
import org.corsgen.runtime.origin.OriginProblem.Severity;

/**
 * One thing {@link OriginParser} found wrong with a value, before it is a message: the rule, what is wrong
 * ({@code "has a trailing '/'"}), and how {@link OriginMessages} is to end the message.
 */
final class OriginFinding {

    final Rule rule;
    final String what;
    final Severity severity;
    /** The text already says what to do: no suggestion or hint is appended. */
    boolean selfContained;
    /** Say "write" rather than "browsers send" before the suggestion. */
    boolean write;

    OriginFinding(Rule rule, String what, boolean selfContained) {
        this.rule = rule;
        this.what = what;
        this.severity = Severity.ERROR;
        this.selfContained = selfContained;
    }
}
