package org.corsgen.conformance.generated;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The order of a set's modules on the class path of its deployment (and in {@code Application#getClasses()}). */
enum ClassPathOrder {
    /** As declared: A, B, C. */
    DECLARED,
    /** Reversed: C, B, A. */
    REVERSED;

    <T> List<T> apply(List<T> modules) {
        List<T> out = new ArrayList<>(modules);
        if (this == REVERSED) {
            Collections.reverse(out);
        }
        return out;
    }
}
