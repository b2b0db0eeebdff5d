package org.corsgen.hardening.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.corsgen.runtime.headers.HeaderNames;
import org.corsgen.runtime.headers.RequestedHeaders;

/**
 * Fuzzes the {@code Access-Control-Request-Headers} parser ({@link RequestedHeaders#validate}) and the allowed
 * name sets it checks against ({@link HeaderNames}).
 *
 * <p>Input: the header lines, separated by 0x1E; or allowed names (separated by ',') 0x1F lines, which also
 * builds a fuzzed {@link HeaderNames}. Properties, for several allowed sets ({@code *}, a list in mixed case,
 * nothing, {@code null}) and the fuzzed one:
 * <ul>
 *   <li>the answer equals an independent model of the documented rule: split every line on ',', trim spaces and
 *       tabs, drop empty items; refuse more than 64 lines, 4096 characters (the lines joined with ','), 64 names,
 *       a non-token, or a name
 *       the set lacks (ASCII case-insensitively; {@code *} has every token but {@code authorization}, which it
 *       has only when listed too); otherwise the names in lower case, in order, joined with ',';</li>
 *   <li>a parsed list round-trips: validating the answer again gives the very same string;</li>
 *   <li>{@link HeaderNames#of} accepts exactly the token lists (or {@code *}, alone or with
 *       {@code Authorization}).</li>
 * </ul>
 */
class RequestedHeadersFuzzTest {

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

    private static final List<List<String>> SETS = List.of(
            List.of("*"),
            List.of("*", "Authorization"),
            List.of("Content-Type", "X-Request-Id", "authorization", "X-A", "x-a"),
            List.of());

    @FuzzTest(maxDuration = "10m")
    void requestedHeaderLines(byte[] data) {
        String text = FuzzText.decode(data);
        int field = text.indexOf(FuzzText.FIELD);
        List<String> lines = FuzzText.split(field < 0 ? text : text.substring(field + 1), FuzzText.ITEM);
        for (List<String> names : SETS) {
            check(names, HeaderNames.of(names), lines);
        }
        check(null, null, lines);
        if (field >= 0) {
            List<String> names = Arrays.asList(text.substring(0, field).split(",", -1));
            boolean valid = names.contains("*")
                    ? names.stream().allMatch(n -> n.equals("*")
                            || (TOKEN.matcher(n).matches() && asciiLower(n).equals("authorization")))
                    : names.stream().allMatch(n -> TOKEN.matcher(n).matches());
            if (valid) {
                check(names, HeaderNames.of(names), lines);
            } else {
                assertThrows(IllegalArgumentException.class, () -> HeaderNames.of(names), names::toString);
            }
        }
    }

    private static void check(List<String> names, HeaderNames allowed, List<String> lines) {
        String expected = model(names, lines);
        String actual = RequestedHeaders.validate(lines, allowed);
        if (!java.util.Objects.equals(expected, actual)) {
            fail("allowed " + names + ", lines " + lines.stream().map(FuzzText::show).toList() + ": expected "
                    + FuzzText.show(expected) + " but got " + FuzzText.show(actual));
        }
        if (actual != null && !actual.isEmpty()) {
            assertSame(actual, RequestedHeaders.validate(List.of(actual), allowed),
                    () -> "a validated list round-trips unchanged: " + FuzzText.show(actual));
        }
        if (actual != null) {
            assertEquals(actual, RequestedHeaders.validate(new ArrayList<>(lines), allowed), "deterministic");
        }
    }

    /** The documented rule, written independently of the parser. */
    static String model(List<String> names, List<String> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        if (lines.size() > RequestedHeaders.MAX_NAMES) {
            return null;
        }
        int total = lines.size() - 1; // the lines count as one value joined with ','
        for (String line : lines) {
            total += line.length();
        }
        if (total > RequestedHeaders.MAX_CHARS) {
            return null;
        }
        List<String> requested = new ArrayList<>();
        for (String line : lines) {
            for (String item : line.split(",", -1)) {
                String t = item.replaceAll("^[ \t]+|[ \t]+$", "");
                if (!t.isEmpty()) {
                    requested.add(t);
                }
            }
        }
        if (requested.isEmpty()) {
            return "";
        }
        if (requested.size() > RequestedHeaders.MAX_NAMES || names == null) {
            return null;
        }
        boolean any = names.contains("*");
        List<String> lower = names.stream().map(RequestedHeadersFuzzTest::asciiLower).toList();
        List<String> out = new ArrayList<>();
        for (String r : requested) {
            // "*" as browsers read it: every token but Authorization, which must be listed by name
            boolean listed = lower.contains(asciiLower(r));
            if (!TOKEN.matcher(r).matches() || (!listed && (!any || asciiLower(r).equals("authorization")))) {
                return null;
            }
            out.add(asciiLower(r));
        }
        return String.join(",", out);
    }

    private static String asciiLower(String s) {
        // tokens are ASCII, so the ROOT locale only folds A-Z here
        return s.toLowerCase(Locale.ROOT);
    }
}
