package org.corsgen.runtime.rules;

/**
 * One thing wrong with a value of a CORS policy, found by the rulebook ({@link MethodRules},
 * {@link HeaderRules}, {@link MaxAgeRules}, and {@code org.corsgen.runtime.origin.OriginRules} for origins).
 * The processor turns each into a diagnostic on the annotation value; {@code CorsPolicy.Builder} refuses
 * a policy with an error among them.
 *
 * @param severity whether the policy must be refused ({@link Severity#ERROR}) or only flagged
 * @param rule the stable id of the rule that was broken, e.g. {@code method-case} (see {@link Rule})
 * @param value the offending value exactly as written, or {@code null} when the problem is about a list as
 *     a whole
 * @param message what is wrong, quoting the value, and then, after {@code "; "}, what to write instead
 */
public record Problem(Severity severity, String rule, String value, String message) {

    /** How bad a problem is. */
    public enum Severity { ERROR, WARNING }

    /** What starts every diagnostic corsgen prints, before the rule id. */
    public static final String PREFIX = "corsgen";

    static Problem error(Rule rule, String value, String message) {
        return new Problem(Severity.ERROR, rule.id(), value, message);
    }

    static Problem warning(Rule rule, String value, String message) {
        return new Problem(Severity.WARNING, rule.id(), value, message);
    }

    /** @return what is wrong: the message up to its first {@code "; "} (all of it when it names no fix) */
    public String what() {
        int i = message.indexOf("; ");
        return i < 0 ? message : message.substring(0, i);
    }

    /** @return what to write instead: the message after its first {@code "; "}, or {@code ""} when it names none */
    public String fix() {
        int i = message.indexOf("; ");
        return i < 0 ? "" : message.substring(i + 2);
    }

    /** @return whether the severity is {@link Severity#ERROR} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** @return the message as printed: {@code [corsgen:<rule>] <message>} */
    public String diagnostic() {
        return diagnostic(rule, message);
    }

    /** @return {@code [corsgen:<rule>] <message>}, the form of every diagnostic corsgen prints */
    public static String diagnostic(String rule, String message) {
        return "[" + PREFIX + ":" + rule + "] " + message;
    }
}
