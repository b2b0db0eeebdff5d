package org.corsgen.runtime.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.corsgen.runtime.origin.OriginProblem.Rule;
import org.corsgen.runtime.origin.OriginProblem.Severity;
import org.junit.jupiter.api.Test;

/**
 * {@link OriginRules#checkDeclared}: origin lists with placeholders, as the processor checks them at compile
 * time; and {@link OriginRules#check} refusing a placeholder where only origins may be.
 */
class PlaceholderRulesTest {

    private static List<OriginProblem> declared(boolean credentials, String... origins) {
        return OriginRules.checkDeclared(Arrays.asList(origins), credentials, false, OriginRulesTest.SUFFIXES);
    }

    private static OriginProblem only(List<OriginProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void placeholdersNextToValidOriginsAreFine() {
        assertEquals(List.of(), declared(true, "https://app.example.com", "${CORS_ORIGINS}"));
        assertEquals(List.of(), declared(true, "${CORS_ORIGINS:https://a.example.com,https://b.example.com}"));
        assertEquals(List.of(), declared(false, "${CORS_ORIGINS:*}"));
        // a placeholder without default alone: nothing is known until start-up
        assertEquals(List.of(), declared(true, "${CORS_ORIGINS}"));
        // an empty default next to other origins: nothing extra unless set
        assertEquals(List.of(), declared(false, "https://app.example.com", "${EXTRA_ORIGINS:}"));
    }

    @Test
    void literalOriginsAreStillChecked() {
        OriginProblem p = only(declared(false, "https://app.example.com/", "${CORS_ORIGINS}"));
        assertEquals(Rule.TRAILING_SLASH, p.rule());
        assertEquals("https://app.example.com/", p.value());
    }

    @Test
    void malformedPlaceholdersAreErrorsOnTheirValue() {
        for (String bad : List.of("${CORS_ORIGINS", "${}", "${A B}")) {
            OriginProblem p = only(declared(false, "https://app.example.com", bad));
            assertEquals(Rule.PLACEHOLDER_SYNTAX, p.rule());
            assertEquals(Severity.ERROR, p.severity());
            assertEquals(bad, p.value());
            assertEquals(OriginPlaceholder.syntaxProblem(bad), p.message());
        }
        // only malformed placeholders: their errors, no "no origins" on top
        assertEquals(List.of(Rule.PLACEHOLDER_SYNTAX), declared(false, "${}").stream().map(OriginProblem::rule).toList());
    }

    @Test
    void theDefaultIsCheckedByEveryRuleAndReportedOnThePlaceholder() {
        OriginProblem slash = only(declared(false, "${CORS_ORIGINS:https://a.example.com/}"));
        assertEquals(Rule.TRAILING_SLASH, slash.rule());
        assertEquals("${CORS_ORIGINS:https://a.example.com/}", slash.value());
        assertEquals("the default of \"${CORS_ORIGINS:https://a.example.com/}\": origin \"https://a.example.com/\""
                + " has a trailing '/'; browsers send \"https://a.example.com\"", slash.message());

        OriginProblem star = only(declared(true, "${CORS_ORIGINS:*}"));
        assertEquals(Rule.WILDCARD_WITH_CREDENTIALS, star.rule());
        assertEquals("${CORS_ORIGINS:*}", star.value());
        assertTrue(star.message().startsWith("the default of \"${CORS_ORIGINS:*}\": origin \"*\" cannot be combined"
                + " with credentials = true"), star.message());

        assertEquals(Rule.PUBLIC_SUFFIX_PATTERN, only(declared(false, "${A:https://*.co.uk}")).rule());
        assertEquals(Rule.WILDCARD_MIXED, only(declared(false, "https://app.example.com", "${A:*}")).rule());
        OriginProblem insecure = only(declared(true, "${A:http://app.example.com}"));
        assertEquals(Rule.INSECURE_WITH_CREDENTIALS, insecure.rule());
        assertEquals(Severity.WARNING, insecure.severity());
    }

    @Test
    void starNextToAPlaceholderIsMixed() {
        OriginProblem p = only(declared(false, "*", "${CORS_ORIGINS}"));
        assertEquals(Rule.WILDCARD_MIXED, p.rule());
        assertEquals("*", p.value());
    }

    @Test
    void anEmptyDefaultAloneWouldFailStartUp() {
        OriginProblem p = only(declared(false, "${CORS_ORIGINS:}"));
        assertEquals(Rule.EMPTY_LIST, p.rule());
        assertEquals("${CORS_ORIGINS:}", p.value());
        assertTrue(p.message().contains("start-up fails whenever CORS_ORIGINS is not set"), p.message());
        assertTrue(p.message().contains("\"${CORS_ORIGINS:https://app.example.com}\""), p.message());
    }

    @Test
    void repeatedPlaceholderIsAWarning() {
        OriginProblem p = only(declared(false, "${A}", "https://app.example.com", "${A}"));
        assertEquals(Rule.DUPLICATE, p.rule());
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("${A}", p.value());
    }

    @Test
    void aDefaultOriginEqualToALiteralIsAWarningOnTheLiteral() {
        OriginProblem p = only(declared(false, "https://a.example.com", "${A:https://a.example.com}"));
        assertEquals(Rule.DUPLICATE, p.rule());
        assertEquals("https://a.example.com", p.value());
    }

    @Test
    void aConcreteListNeverContainsPlaceholders() {
        // what start-up checks: a resolved value that is itself a placeholder is not resolved again
        for (String v : List.of("${OTHER}", "$OTHER", "https://${HOST}")) {
            OriginProblem p = only(OriginRules.check(List.of("https://app.example.com", v), false, false,
                    PublicSuffixes.NONE));
            assertEquals(Rule.PLACEHOLDER_IN_VALUE, p.rule());
            assertEquals(Severity.ERROR, p.severity());
            assertEquals(v, p.value());
        }
    }
}
