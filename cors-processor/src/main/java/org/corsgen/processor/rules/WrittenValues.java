package org.corsgen.processor.rules;

import java.util.List;
import java.util.Objects;

import org.corsgen.runtime.rules.Problem;

/** Finds the array element each problem of the rulebook is about. */
final class WrittenValues {

    private WrittenValues() {
    }

    /**
     * @param values an attribute's values, in order as written
     * @param problems what the rulebook found in them: in the order of {@code values}, at most one a value
     * @return for each problem, the index in {@code values} of the element it is about (repeated values are
     *     matched in order, so each repetition is reported at its own place)
     */
    static int[] indexes(List<String> values, List<Problem> problems) {
        int[] out = new int[problems.size()];
        int i = 0;
        for (int j = 0; j < problems.size(); j++) {
            while (i < values.size() - 1 && !Objects.equals(values.get(i), problems.get(j).value())) {
                i++;
            }
            out[j] = i++;
        }
        return out;
    }
}
