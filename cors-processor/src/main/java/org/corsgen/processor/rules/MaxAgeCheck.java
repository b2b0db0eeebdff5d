package org.corsgen.processor.rules;

import org.corsgen.processor.model.Attribute;
import org.corsgen.processor.model.PolicyUse;
import org.corsgen.processor.model.Written;

/** {@code maxAge}: 0..86400 seconds; above Chromium's 7200 a warning. */
final class MaxAgeCheck {

    static final long MAX = 86400;
    static final long CHROMIUM_CAP = 7200;

    private final Reporter reporter;

    MaxAgeCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    void check(PolicyUse use) {
        Written maxAge = use.chain().get(Attribute.MAX_AGE);
        if (maxAge == null) {
            return;
        }
        long v = maxAge.number();
        Location where = Location.of(use.chain().sourceOf(Attribute.MAX_AGE), maxAge.annotationValue());
        if (v < 0) {
            reporter.error(where, "maxAge.range", "maxAge " + v + " is negative: it must be between 0 and " + MAX
                    + " seconds; write maxAge = 0 to disable preflight caching, or a number of seconds such as"
                    + " maxAge = 600");
        } else if (v > MAX) {
            reporter.error(where, "maxAge.range", "maxAge " + v + " is more than " + MAX + " seconds (24 hours),"
                    + " the longest any browser caches a preflight; write maxAge = " + CHROMIUM_CAP
                    + " (Chromium's limit) or less");
        } else if (v > CHROMIUM_CAP) {
            reporter.warning(where, "maxAge.chromium", "maxAge " + v + " is more than " + CHROMIUM_CAP
                    + " seconds: Chromium caps it at " + CHROMIUM_CAP + " (2 hours) and Safari at 600; write"
                    + " maxAge = " + CHROMIUM_CAP + " or less to say what browsers will do");
        }
    }
}
