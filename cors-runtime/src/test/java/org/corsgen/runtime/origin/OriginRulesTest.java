package org.corsgen.runtime.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.corsgen.runtime.origin.OriginProblem.Rule;
import org.corsgen.runtime.origin.OriginProblem.Severity;
import org.corsgen.runtime.rules.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginRulesTest {

    /** A stand-in for the Public Suffix List. */
    static final PublicSuffixes SUFFIXES = Set.of("com", "uk", "co.uk", "io", "github.io", "example")::contains;

    private static final java.util.regex.Pattern SUGGESTION =
            java.util.regex.Pattern.compile("(?:browsers send|write) (\"[^\"]*\")$");

    private static List<OriginProblem> check(String... origins) {
        return OriginRules.check(Arrays.asList(origins), false, false, SUFFIXES);
    }

    private static Set<Rule> rules(List<OriginProblem> problems) {
        return problems.stream().map(OriginProblem::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
    }

    /** @return the corrected value a message ends with, quotes included, or null */
    private static String suggestion(OriginProblem p) {
        Matcher m = SUGGESTION.matcher(p.message());
        return m.find() ? m.group(1) : null;
    }

    // ---- one value, one rule: rule, severity, quoted value, suggested fix ----------------------------

    static Stream<Arguments> singleValueErrors() {
        return Stream.of(
                // value, rule, suggested value (null: none), a fragment the message must contain
                Arguments.of("https://app.example.com/", Rule.TRAILING_SLASH, "https://app.example.com", "trailing '/'"),
                Arguments.of("app.example.com", Rule.MISSING_SCHEME, "https://app.example.com", "no scheme"),
                Arguments.of("//app.example.com", Rule.MISSING_SCHEME, "https://app.example.com", "no scheme"),
                Arguments.of("localhost:3000", Rule.MISSING_SCHEME, "http://localhost:3000", "no scheme"),
                Arguments.of("app.example.com:443", Rule.MISSING_SCHEME, "https://app.example.com", "no scheme"),
                Arguments.of("https:app.example.com", Rule.MISSING_SCHEME, "https://app.example.com", "\"//\""),
                Arguments.of("ftp://app.example.com", Rule.UNSUPPORTED_SCHEME, null, "\"ftp\""),
                Arguments.of("file:///etc/passwd", Rule.UNSUPPORTED_SCHEME, null, "\"file\""),
                Arguments.of("chrome-extension://abcdef", Rule.UNSUPPORTED_SCHEME, null, "http:// and https://"),
                Arguments.of("data:text/html,hi", Rule.UNSUPPORTED_SCHEME, null, "\"data\""),
                Arguments.of("wss://app.example.com", Rule.UNSUPPORTED_SCHEME, "https://app.example.com", "WebSocket"),
                Arguments.of(" https://app.example.com", Rule.WHITESPACE, "https://app.example.com", "whitespace"),
                Arguments.of("https://app.example.com ", Rule.WHITESPACE, "https://app.example.com", "whitespace"),
                Arguments.of("https://app. example.com", Rule.WHITESPACE, "https://app.example.com", "whitespace"),
                Arguments.of("https://app.example.com\u00a0", Rule.WHITESPACE, "https://app.example.com", "whitespace"),
                Arguments.of("https://App.Example.com", Rule.UPPER_CASE, "https://app.example.com", "upper-case"),
                Arguments.of("HTTPS://app.example.com", Rule.UPPER_CASE, "https://app.example.com", "upper-case"),
                Arguments.of("https://app.example.com/api", Rule.PATH, "https://app.example.com", "\"/api\""),
                Arguments.of("https://app.example.com?x=1", Rule.QUERY, "https://app.example.com", "\"?x=1\""),
                Arguments.of("https://app.example.com#top", Rule.FRAGMENT, "https://app.example.com", "\"#top\""),
                Arguments.of("https://user@app.example.com", Rule.USERINFO, "https://app.example.com", "\"user@\""),
                Arguments.of("https://user:pw@app.example.com", Rule.USERINFO, "https://app.example.com",
                        "\"user:pw@\""),
                Arguments.of("https://app.example.com@evil.com", Rule.USERINFO, null, "user info"),
                Arguments.of("https://app.example.com:443", Rule.DEFAULT_PORT, "https://app.example.com", ":443"),
                Arguments.of("http://app.example.com:80", Rule.DEFAULT_PORT, "http://app.example.com", ":80"),
                Arguments.of("https://app.example.com:abc", Rule.BAD_PORT, null, "not a number"),
                Arguments.of("https://app.example.com:0", Rule.BAD_PORT, null, "port 0"),
                Arguments.of("https://app.example.com:65536", Rule.BAD_PORT, null, "65535"),
                Arguments.of("https://app.example.com:99999999999", Rule.BAD_PORT, null, "65535"),
                Arguments.of("https://app.example.com:08443", Rule.BAD_PORT, "https://app.example.com:8443",
                        "leading zeros"),
                Arguments.of("http://localhost:", Rule.BAD_PORT, "http://localhost", "empty port"),
                Arguments.of("https://bücher.example", Rule.NON_ASCII_HOST, "https://xn--bcher-kva.example",
                        "punycode"),
                Arguments.of("https://straße.de", Rule.NON_ASCII_HOST, null, "xn--"),
                Arguments.of("https://", Rule.BAD_HOST, null, "no host"),
                Arguments.of("https://:8443", Rule.BAD_HOST, null, "no host"),
                Arguments.of("https://a..b.com", Rule.BAD_HOST, null, "empty label"),
                Arguments.of("https://" + "a".repeat(64) + ".com", Rule.BAD_HOST, null, "63"),
                Arguments.of("https://" + "a.".repeat(130) + "com", Rule.BAD_HOST, null, "253"),
                Arguments.of("https://a_b.example.com", Rule.BAD_HOST, null, "\"_\""),
                Arguments.of("https://app%2eexample.com", Rule.BAD_HOST, null, "\"%\""),
                Arguments.of("https://-app.example.com", Rule.BAD_HOST, null, "'-'"),
                Arguments.of("https://app-.example.com", Rule.BAD_HOST, null, "'-'"),
                Arguments.of("https://app.example.com.", Rule.BAD_HOST, "https://app.example.com", "trailing '.'"),
                Arguments.of("https://1.2.3.256", Rule.BAD_HOST, null, "IPv4"),
                Arguments.of("https://1.2.3", Rule.BAD_HOST, null, "IPv4"),
                Arguments.of("https://01.2.3.4", Rule.BAD_HOST, null, "IPv4"),
                Arguments.of("https://example.0x10", Rule.BAD_HOST, null, "IPv4"),
                Arguments.of("http://[0:0:0:0:0:0:0:1]", Rule.BAD_HOST, "http://[::1]", "IPv6"),
                Arguments.of("http://[::1", Rule.BAD_HOST, null, "'['"),
                Arguments.of("http://[::1]x", Rule.BAD_HOST, null, "\"x\""),
                Arguments.of("http://[::g]", Rule.BAD_HOST, null, "invalid IPv6"),
                Arguments.of("http://[1::2::3]", Rule.BAD_HOST, null, "invalid IPv6"),
                Arguments.of("http://[2001:DB8::1]", Rule.BAD_HOST, "http://[2001:db8::1]", "IPv6"),
                Arguments.of("http://[2001:db8:0:0:1:0:0:1]", Rule.BAD_HOST, "http://[2001:db8::1:0:0:1]", "IPv6"),
                Arguments.of("http://[2001:0db8::1]:8080", Rule.BAD_HOST, "http://[2001:db8::1]:8080", "IPv6"),
                Arguments.of("http://[::ffff:1.2.3.4]", Rule.BAD_HOST, "http://[::ffff:102:304]", "IPv6"),
                Arguments.of("http://::1", Rule.BAD_HOST, "http://[::1]", "brackets"),
                Arguments.of("https://*example.com", Rule.BAD_PATTERN, null, "\"https://*.example.com\""),
                Arguments.of("https://*", Rule.BAD_PATTERN, null, "leading labels"),
                Arguments.of("https://*.", Rule.BAD_PATTERN, null, "nothing after"),
                Arguments.of("https://a.*.example.com", Rule.BAD_PATTERN, null, "leading labels"),
                Arguments.of("https://ex*ample.com", Rule.BAD_PATTERN, null, "leading labels"),
                Arguments.of("https://*.*.example.com", Rule.BAD_PATTERN, null, "leading labels"),
                Arguments.of("https://**.example.com", Rule.BAD_PATTERN, null, "leading labels"),
                Arguments.of("*.example.com", Rule.BAD_PATTERN, "https://*.example.com", "without a scheme"),
                Arguments.of("*://example.com", Rule.BAD_PATTERN, "https://example.com", "wildcard scheme"),
                Arguments.of("http://localhost:8*", Rule.BAD_PATTERN, null, "\":*\""),
                Arguments.of("https://*.1.2.3", Rule.BAD_PATTERN, null, "IP address"),
                Arguments.of("https://*.[::1]", Rule.BAD_PATTERN, null, "IP address"),
                Arguments.of("https://*.com", Rule.PUBLIC_SUFFIX_PATTERN, null, "\"com\""),
                Arguments.of("https://*.co.uk", Rule.PUBLIC_SUFFIX_PATTERN, null, "\"co.uk\""),
                Arguments.of("https://*.github.io", Rule.PUBLIC_SUFFIX_PATTERN, null, "\"github.io\""),
                Arguments.of("null", Rule.NULL_ORIGIN, null, "sandboxed iframes, data: documents and cross-origin"
                        + " redirect chains"),
                Arguments.of("NULL", Rule.NULL_ORIGIN, null, "sandboxed"),
                Arguments.of("", Rule.EMPTY_VALUE, null, "empty"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("singleValueErrors")
    void eachMistakeIsAnErrorQuotingTheValueAndTheFix(String value, Rule rule, String fix, String fragment) {
        List<OriginProblem> problems = check(value);
        OriginProblem p = problems.stream().filter(x -> x.rule() == rule).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + problems));
        assertEquals(Severity.ERROR, p.severity());
        assertTrue(p.isError());
        assertEquals(value, p.value());
        assertTrue(p.message().startsWith("origin " + Quote.of(value) + " "), p.message());
        assertTrue(p.message().contains(fragment), p.message());
        if (fix == null) {
            assertNull(suggestion(p), p.message());
        } else {
            assertEquals('"' + fix + '"', suggestion(p), p.message());
        }
    }

    @ParameterizedTest
    @MethodSource("singleValueErrors")
    void everySuggestedFixIsItselfValid(String value) {
        for (OriginProblem p : check(value)) {
            String s = suggestion(p);
            if (s != null) {
                String fixed = s.substring(1, s.length() - 1);
                assertEquals(List.of(), check(fixed), p.message());
            }
        }
    }

    @Test
    void theBriefsExampleMessage() {
        assertEquals(List.of(new OriginProblem(Severity.ERROR, Rule.TRAILING_SLASH, "https://app.example.com/",
                "origin \"https://app.example.com/\" has a trailing '/'; browsers send \"https://app.example.com\"")),
                check("https://app.example.com/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://app.example.com", "http://app.example.com", "https://app.example.com:8443", "http://localhost",
        "http://localhost:3000", "http://127.0.0.1:8080", "https://1.2.3.4", "http://[::1]", "http://[::1]:3000",
        "https://[2001:db8::1]", "https://xn--bcher-kva.example", "https://a-b.c-d.example.com", "https://app",
        "https://*.example.com", "https://*.example.com:*", "https://*.example.com:8443", "http://localhost:*",
        "https://*.localhost", "http://[::1]:*", "https://*.example.co.uk", "https://*.app.github.io",
        "https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com", "https://localhost:65535", "https://app.example.com:1"})
    void validValuesHaveNoProblem(String value) {
        assertEquals(List.of(), check(value));
        assertEquals(List.of(), OriginRules.check(List.of(value), false, true, SUFFIXES));
    }

    @Test
    void validListHasNoProblem() {
        assertEquals(List.of(), check("https://app.example.com", "https://*.example.com", "http://localhost:*"));
    }

    // ---- the list as a whole -----------------------------------------------------------------------

    @Test
    void emptyOrNullListIsAnError() {
        for (List<String> empty : Arrays.asList(List.<String>of(), null)) {
            List<OriginProblem> problems = OriginRules.check(empty, false, false, SUFFIXES);
            assertEquals(1, problems.size());
            OriginProblem p = problems.get(0);
            assertEquals(Rule.EMPTY_LIST, p.rule());
            assertEquals(Severity.ERROR, p.severity());
            assertNull(p.value());
            assertEquals("no origins: write origins = {...} on the package, class or method", p.message());
        }
    }

    @Test
    void nullElementIsAnError() {
        List<OriginProblem> problems = check("https://app.example.com", null);
        assertEquals(Set.of(Rule.EMPTY_VALUE), rules(problems));
        assertNull(problems.get(0).value());
        assertTrue(problems.get(0).isError());
    }

    @Test
    void wildcardAloneIsValid() {
        assertEquals(List.of(), check("*"));
    }

    @Test
    void wildcardWithCredentialsIsAnError() {
        List<OriginProblem> problems = OriginRules.check(List.of("*"), true, false, SUFFIXES);
        assertEquals(1, problems.size());
        OriginProblem p = problems.get(0);
        assertEquals(Rule.WILDCARD_WITH_CREDENTIALS, p.rule());
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("*", p.value());
        assertTrue(p.message().contains("\"*\""), p.message());
        assertTrue(p.message().contains("browsers refuse"), p.message());
        assertTrue(p.message().contains("exact origins"), p.message());
    }

    @Test
    void wildcardMixedWithOriginsIsAnError() {
        List<OriginProblem> problems = check("https://app.example.com", "*");
        assertEquals(1, problems.size());
        assertEquals(Rule.WILDCARD_MIXED, problems.get(0).rule());
        assertEquals(Severity.ERROR, problems.get(0).severity());
        assertEquals("*", problems.get(0).value());
        assertTrue(problems.get(0).message().contains("{\"*\"} alone"), problems.get(0).message());
    }

    @Test
    void wildcardWithPrivateNetworkIsAnError() {
        List<OriginProblem> problems = OriginRules.check(List.of("*"), false, true, SUFFIXES);
        assertEquals(1, problems.size());
        assertEquals(Rule.WILDCARD_WITH_PRIVATE_NETWORK, problems.get(0).rule());
        assertEquals(Severity.ERROR, problems.get(0).severity());
        assertTrue(problems.get(0).message().contains("privateNetwork"), problems.get(0).message());
    }

    @Test
    void wildcardProblemsAreAllReported() {
        List<OriginProblem> problems = OriginRules.check(List.of("*", "https://a.example.com", "*"), true, true,
                SUFFIXES);
        assertEquals(List.of(Rule.WILDCARD_WITH_CREDENTIALS, Rule.WILDCARD_MIXED, Rule.WILDCARD_WITH_PRIVATE_NETWORK,
                Rule.DUPLICATE), problems.stream().map(OriginProblem::rule).collect(Collectors.toList()));
    }

    @Test
    void duplicateIsAWarning() {
        List<OriginProblem> problems = check("https://app.example.com", "https://b.example.com",
                "https://app.example.com");
        assertEquals(1, problems.size());
        OriginProblem p = problems.get(0);
        assertEquals(Rule.DUPLICATE, p.rule());
        assertEquals(Severity.WARNING, p.severity());
        assertFalse(p.isError());
        assertTrue(p.message().contains("\"https://app.example.com\""), p.message());
        assertTrue(p.message().contains("more than once"), p.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://app.example.com", "http://app.example.com:8080", "http://*.example.com",
        "http://10.0.0.1", "http://[2001:db8::1]", "http://localhost.example.com"})
    void plainHttpWithCredentialsIsAWarning(String value) {
        List<OriginProblem> problems = OriginRules.check(List.of(value), true, false, SUFFIXES);
        assertEquals(1, problems.size(), problems::toString);
        OriginProblem p = problems.get(0);
        assertEquals(Rule.INSECURE_WITH_CREDENTIALS, p.rule());
        assertEquals(Severity.WARNING, p.severity());
        assertTrue(p.message().contains(Quote.of(value)), p.message());
        assertTrue(p.message().contains("impersonate"), p.message());
        assertTrue(p.message().endsWith("write \"https" + value.substring(4) + "\""), p.message());
        assertEquals(List.of(), OriginRules.check(List.of(value), false, false, SUFFIXES));
    }

    @Test
    void plainHttpSuggestionLeavesOutTheHttpsDefaultPort() {
        List<OriginProblem> problems = OriginRules.check(List.of("http://app.example.com:443"), true, false, SUFFIXES);
        assertEquals(Rule.INSECURE_WITH_CREDENTIALS, problems.get(0).rule());
        assertEquals("\"https://app.example.com\"", suggestion(problems.get(0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost", "http://localhost:3000", "http://localhost:*", "http://a.localhost",
        "http://*.localhost", "http://127.0.0.1:8080", "http://127.1.2.3", "http://[::1]:3000",
        "https://app.example.com"})
    void loopbackOrHttpsWithCredentialsIsFine(String value) {
        assertEquals(List.of(), OriginRules.check(List.of(value), true, false, SUFFIXES));
    }

    @Test
    void publicSuffixRuleNeedsASuffixList() {
        assertEquals(List.of(), OriginRules.check(List.of("https://*.com"), false, false, PublicSuffixes.NONE));
        assertEquals(List.of(), OriginRules.check(List.of("https://*.com"), false, false, null));
        assertEquals(Set.of(Rule.PUBLIC_SUFFIX_PATTERN), rules(check("https://*.com:*")));
    }

    // ---- several problems ----------------------------------------------------------------------------

    @Test
    void everyProblemOfAValueIsReportedWithTheSameValidFix() {
        List<OriginProblem> problems = check("HTTPS://App.Example.com:443/path?q#f");
        assertEquals(EnumSet.of(Rule.UPPER_CASE, Rule.DEFAULT_PORT, Rule.PATH, Rule.QUERY, Rule.FRAGMENT),
                rules(problems));
        for (OriginProblem p : problems) {
            assertEquals("\"https://app.example.com\"", suggestion(p), p.message());
        }
        assertEquals(EnumSet.of(Rule.UPPER_CASE, Rule.TRAILING_SLASH), rules(check("https://APP.example.com/")));
        assertEquals(EnumSet.of(Rule.WHITESPACE, Rule.TRAILING_SLASH), rules(check(" https://app.example.com/")));
        assertEquals(EnumSet.of(Rule.NON_ASCII_HOST, Rule.TRAILING_SLASH), rules(check("https://bücher.example/")));
    }

    @Test
    void everyValueOfAListIsChecked() {
        List<OriginProblem> problems = check("app.example.com", "https://ok.example.com", "https://x.example.com/",
                "null");
        assertEquals(List.of("app.example.com", "https://x.example.com/", "null"),
                problems.stream().map(OriginProblem::value).collect(Collectors.toList()));
    }

    @Test
    void noFixIsSuggestedWhenTheFixWouldItselfBeInvalid() {
        // upper case AND a public-suffix pattern: "https://*.com" would still be refused
        List<OriginProblem> problems = check("HTTPS://*.COM");
        assertEquals(EnumSet.of(Rule.UPPER_CASE, Rule.PUBLIC_SUFFIX_PATTERN), rules(problems));
        problems.forEach(p -> assertNull(suggestion(p), p.message()));
    }

    @Test
    void controlCharactersAreEscapedInMessages() {
        List<OriginProblem> problems = check("https://app.example.com\r\nX: y");
        assertEquals(Rule.WHITESPACE, problems.get(0).rule());
        assertTrue(problems.get(0).message().contains("\"https://app.example.com\\r\\nX: y\""),
                problems.get(0).message());
        assertFalse(problems.get(0).message().contains("\n"));
        assertEquals(Rule.WHITESPACE, check("https://app.example.com\u0000").get(0).rule());
    }

    @Test
    void neverThrowsOnOddInput() {
        List<String> odd = new ArrayList<>(List.of(":", "::", ":::", "[", "]", "@", "https://@", "https://[]", "https://[",
                "https://a:b:c", "http://1.2.3.4.5", "https://0x7f.1", "?", "#", "/", "https:", "https:/", "*:*",
                "https://*:*", "\u0000", "\ud800", "https://\ud800.com", "https://a.com:-1", "https://" + "x".repeat(100000)));
        for (String v : odd) {
            List<OriginProblem> problems = check(v);
            assertFalse(problems.isEmpty(), v);
            assertTrue(problems.stream().anyMatch(OriginProblem::isError), v);
        }
    }

    @Test
    void everyRuleHasATest() {
        Set<Rule> seen = EnumSet.noneOf(Rule.class);
        singleValueErrors().forEach(a -> seen.add((Rule) a.get()[1]));
        seen.addAll(EnumSet.of(Rule.EMPTY_LIST, Rule.WILDCARD_WITH_CREDENTIALS, Rule.WILDCARD_MIXED,
                Rule.WILDCARD_WITH_PRIVATE_NETWORK, Rule.DUPLICATE, Rule.INSECURE_WITH_CREDENTIALS));
        // placeholder rules: PlaceholderRulesTest (compile-time view) and CorsStartupTest (start-up)
        seen.addAll(EnumSet.of(Rule.PLACEHOLDER_SYNTAX, Rule.PLACEHOLDER_IN_VALUE, Rule.UNRESOLVED_PLACEHOLDER));
        assertEquals(EnumSet.allOf(Rule.class), seen);
    }
}
