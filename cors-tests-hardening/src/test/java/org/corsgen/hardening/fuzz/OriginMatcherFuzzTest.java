package org.corsgen.hardening.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.corsgen.runtime.origin.OriginMatcher;
import org.corsgen.runtime.origin.OriginProblem;
import org.corsgen.runtime.origin.OriginRules;
import org.corsgen.runtime.origin.PublicSuffixes;

/**
 * Fuzzes {@link OriginMatcher#allows}, the per-request origin check.
 *
 * <p>Input: the request's {@code Origin} value; or configured values (separated by 0x1E), 0x1F, then the
 * {@code Origin} value, which also checks a matcher built from the fuzzed list when the rules accept it.
 * Properties, for several fixed policies (one exact origin, several exact origins of every host kind,
 * subdomain and port patterns, {@code *}) and the fuzzed one:
 * <ul>
 *   <li>the answer equals that of an independent model of the documented rule ({@link ReferenceOrigins}):
 *       an allowed value is byte-equal to a configured origin or matches a pattern by the rule, and every such
 *       value is allowed;</li>
 *   <li>apart from {@code *}, nothing with a control character, whitespace, {@code %}, {@code @}, a path, a
 *       query, a fragment, upper case, non-ASCII or more than 1024 characters is ever allowed, nor
 *       {@code null};</li>
 *   <li>the answer depends on the content only (a copy of the string gets the same answer).</li>
 * </ul>
 */
class OriginMatcherFuzzTest {

    static final List<List<String>> POLICIES = List.of(
            List.of("https://app.example.com"),
            List.of("https://app.example.com", "http://localhost:3000", "http://[::1]:8080",
                    "https://xn--bcher-kva.example", "http://127.0.0.1:9000"),
            List.of("https://*.example.com", "http://localhost:*"),
            List.of("https://*.example.com:8443", "https://*.a.b.example.org:*", "https://app.example.com"),
            List.of("*"));

    private static final List<OriginMatcher> MATCHERS = POLICIES.stream().map(OriginMatcher::of).toList();
    private static final List<ReferenceOrigins> MODELS = POLICIES.stream().map(ReferenceOrigins::new).toList();

    @FuzzTest(maxDuration = "10m")
    void requestOrigins(byte[] data) {
        String text = FuzzText.decode(data);
        int field = text.indexOf(FuzzText.FIELD);
        String origin = field < 0 ? text : text.substring(field + 1);
        for (int i = 0; i < POLICIES.size(); i++) {
            check(POLICIES.get(i), MATCHERS.get(i), MODELS.get(i), origin);
        }
        if (field >= 0) {
            List<String> configured = FuzzText.split(text.substring(0, field), FuzzText.ITEM);
            List<OriginProblem> problems = OriginRules.check(configured, false, false, PublicSuffixes.NONE);
            if (problems.stream().noneMatch(OriginProblem::isError)) {
                check(configured, OriginMatcher.of(configured), new ReferenceOrigins(configured), origin);
            }
        }
    }

    private static void check(List<String> policy, OriginMatcher matcher, ReferenceOrigins model, String origin) {
        boolean allowed = matcher.allows(origin);
        assertEquals(model.allows(origin), allowed,
                () -> "policy " + policy + ", Origin " + FuzzText.show(origin) + ": matcher and documented rule disagree");
        assertEquals(allowed, matcher.allows(new String(origin.toCharArray())), "content, not identity");
        if (allowed && !matcher.isAnyOrigin()) {
            assertSafe(policy, origin);
        }
    }

    static void assertSafe(List<String> policy, String origin) {
        assertTrue(origin.length() <= OriginMatcher.MAX_LENGTH);
        if (origin.equals("null")) {
            fail("policy " + policy + " allowed \"null\"");
        }
        int sep = origin.indexOf("://");
        if (sep < 0 || origin.indexOf('/', sep + 3) >= 0) {
            fail("policy " + policy + " allowed " + FuzzText.show(origin) + ", which is not scheme://host[:port]");
        }
        for (int i = 0; i < origin.length(); i++) {
            char c = origin.charAt(i);
            if (c <= 0x20 || c >= 0x7f || (c >= 'A' && c <= 'Z') || "%@?#\\,;\"'<>".indexOf(c) >= 0) {
                fail("policy " + policy + " allowed " + FuzzText.show(origin) + " with the character "
                        + FuzzText.show(String.valueOf(c)));
            }
        }
    }
}
