package org.corsgen.runtime.rules;

import java.util.List;

/** The rules for {@code maxAge}: 0 to 86400 seconds; above Chromium's 7200 a warning. */
public final class MaxAgeRules {

    /** The longest any browser caches a preflight (Firefox), in seconds. */
    public static final long MAX = 86400;
    /** Chromium's cap, in seconds. */
    public static final long CHROMIUM_CAP = 7200;

    private MaxAgeRules() {
    }

    /** @return the problem of {@code seconds} (none or one) */
    public static List<Problem> check(long seconds) {
        String value = Long.toString(seconds);
        if (seconds < 0) {
            return List.of(Problem.error(Rule.MAX_AGE_NEGATIVE, value, "maxAge " + seconds + " is negative: it must"
                    + " be between 0 and " + MAX + " seconds; write maxAge = 0 to disable preflight caching, or a"
                    + " number of seconds such as maxAge = 600"));
        }
        if (seconds > MAX) {
            return List.of(Problem.error(Rule.MAX_AGE_TOO_LONG, value, "maxAge " + seconds + " is more than " + MAX
                    + " seconds (24 hours), the longest any browser caches a preflight; write maxAge = "
                    + CHROMIUM_CAP + " (Chromium's limit) or less"));
        }
        if (seconds > CHROMIUM_CAP) {
            return List.of(Problem.warning(Rule.MAX_AGE_ABOVE_CHROMIUM, value, "maxAge " + seconds + " is more than "
                    + CHROMIUM_CAP + " seconds: Chromium caps it at " + CHROMIUM_CAP + " (2 hours) and Safari at 600;"
                    + " write maxAge = " + CHROMIUM_CAP + " or less to say what browsers will do"));
        }
        return List.of();
    }
}
