package org.corsgen.hardening.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.corsgen.runtime.origin.OriginMatcher;
import org.corsgen.runtime.origin.OriginProblem;
import org.corsgen.runtime.origin.OriginRules;
import org.corsgen.runtime.origin.PublicSuffixes;

/**
 * Fuzzes {@link OriginRules}, the one validator of configured origins (compile time and start-up).
 *
 * <p>Input: configured values separated by 0x1E. Properties, for every value and flag combination:
 * <ul>
 *   <li>{@code check} never throws, is deterministic, and every problem names the value it is about;</li>
 *   <li>an accepted value is {@code "*"} or has the form browsers send: {@code http(s)://} + lower-case ASCII,
 *       no control character, whitespace, {@code %}, {@code @}, {@code ?}, {@code #}, {@code \} or path;</li>
 *   <li>the matcher agrees with the rules: it is built from every accepted list, refuses every list with an
 *       error, and allows an accepted exact origin (byte for byte) but never a pattern's own text;</li>
 *   <li>every corrected value a message suggests ("browsers send ...", "write ...") is itself accepted;</li>
 *   <li>a public-suffix list only ever adds errors.</li>
 * </ul>
 */
class OriginRulesFuzzTest {

    /** The tail of a message that suggests a corrected value; the value is quoted with \" and \\ escaped. */
    private static final Pattern SUGGESTION = Pattern.compile("; (?:browsers send|write) \"((?:[^\"\\\\]|\\\\.)*)\"$");

    private static final PublicSuffixes SOME_SUFFIXES =
            d -> Set.of("com", "net", "org", "uk", "co.uk", "github.io", "example").contains(d);

    @FuzzTest(maxDuration = "10m")
    void configuredOrigins(byte[] data) {
        List<String> values = FuzzText.split(FuzzText.decode(data), FuzzText.ITEM);
        for (String v : values) {
            checkOne(v);
        }
        if (values.size() > 1) {
            checkList(values);
        }
    }

    private static void checkOne(String v) {
        List<String> one = List.of(v);
        for (boolean credentials : new boolean[] {false, true}) {
            for (boolean privateNetwork : new boolean[] {false, true}) {
                List<OriginProblem> problems = OriginRules.check(one, credentials, privateNetwork, PublicSuffixes.NONE);
                assertEquals(problems, OriginRules.check(one, credentials, privateNetwork, PublicSuffixes.NONE),
                        "deterministic");
                for (OriginProblem p : problems) {
                    assertNotNull(p.message());
                    assertEquals(v, p.value(), () -> "the problem names the configured value: " + p);
                    assertTrue(p.message().startsWith("origin "), p.message());
                    checkSuggestion(v, p);
                }
                if (credentials || privateNetwork) {
                    if ("*".equals(v)) {
                        assertTrue(hasError(problems), "\"*\" with credentials or private network is an error");
                    }
                }
            }
        }

        List<OriginProblem> plain = OriginRules.check(one, false, false, PublicSuffixes.NONE);
        boolean accepted = !hasError(plain);
        if (accepted && !"*".equals(v)) {
            assertBrowserForm(v);
        }
        if (accepted) {
            OriginMatcher matcher = OriginMatcher.of(one);
            if ("*".equals(v)) {
                assertTrue(matcher.isAnyOrigin());
            } else if (v.indexOf('*') < 0) {
                assertTrue(matcher.allows(v), () -> "an accepted exact origin is allowed: " + FuzzText.show(v));
                assertTrue(matcher.allows(new String(v.toCharArray())), "by content, not identity");
            } else {
                assertFalse(matcher.allows(v), () -> "a pattern's own text is never an allowed origin: "
                        + FuzzText.show(v));
            }
        } else {
            assertThrows(IllegalArgumentException.class, () -> OriginMatcher.of(one),
                    () -> "the matcher refuses what the rules refuse: " + FuzzText.show(v));
        }

        if (!accepted) {
            assertTrue(hasError(OriginRules.check(one, false, false, SOME_SUFFIXES)),
                    "a public-suffix list never removes an error");
        }
    }

    private static void checkSuggestion(String v, OriginProblem p) {
        Matcher m = SUGGESTION.matcher(p.message());
        if (!m.find()) {
            return;
        }
        String fix = m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
        assertFalse(fix.equals(v), () -> "a suggestion differs from the value: " + p.message());
        List<OriginProblem> again = OriginRules.check(List.of(fix), false, false, PublicSuffixes.NONE);
        if (!again.isEmpty()) {
            fail("the suggested value " + FuzzText.show(fix) + " for " + FuzzText.show(v) + " is itself refused: "
                    + again + " (message: " + p.message() + ")");
        }
    }

    private static void assertBrowserForm(String v) {
        String why = null;
        int sep = v.indexOf("://");
        if (!(v.startsWith("http://") || v.startsWith("https://"))) {
            why = "scheme";
        } else if (v.indexOf('/', sep + 3) >= 0) {
            why = "path or trailing '/'";
        } else {
            for (int i = 0; i < v.length() && why == null; i++) {
                char c = v.charAt(i);
                if (c < 0x21 || c >= 0x7f) {
                    why = "control, whitespace or non-ASCII character";
                } else if (c >= 'A' && c <= 'Z') {
                    why = "upper case";
                } else if ("%@?#\\\"<>^`{|}".indexOf(c) >= 0) {
                    why = "character '" + c + "'";
                }
            }
        }
        if (why != null) {
            fail("accepted " + FuzzText.show(v) + " although it has a " + why);
        }
    }

    private static void checkList(List<String> values) {
        List<OriginProblem> problems = OriginRules.check(values, false, false, PublicSuffixes.NONE);
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (String v : values) {
            if (!seen.add(v)) {
                repeated.add(v);
            }
        }
        for (String r : repeated) {
            assertTrue(problems.stream().anyMatch(p -> p.rule() == OriginProblem.Rule.DUPLICATE && r.equals(p.value())),
                    () -> "a repeated value is reported: " + FuzzText.show(r));
        }
        boolean anyBad = false;
        for (String v : values) {
            anyBad |= hasError(OriginRules.check(List.of(v), false, false, PublicSuffixes.NONE));
        }
        if (anyBad) {
            assertTrue(hasError(problems), "a list with a bad value has an error");
        }
        if (!hasError(problems)) {
            OriginMatcher matcher = OriginMatcher.of(values);
            for (String v : values) {
                if (!"*".equals(v) && v.indexOf('*') < 0) {
                    assertTrue(matcher.allows(v), () -> "every accepted exact origin is allowed: " + FuzzText.show(v));
                }
            }
        } else {
            assertThrows(IllegalArgumentException.class, () -> OriginMatcher.of(values));
        }
    }

    private static boolean hasError(List<OriginProblem> problems) {
        for (OriginProblem p : problems) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }
}
