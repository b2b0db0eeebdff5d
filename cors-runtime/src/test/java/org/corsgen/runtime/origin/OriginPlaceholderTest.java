package org.corsgen.runtime.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The placeholder syntax: what is one, what is wrong with a broken one, and the list format. */
class OriginPlaceholderTest {

    @ParameterizedTest
    @ValueSource(strings = {"${CORS_ORIGINS}", "${cors.origins}", "${_X1}", "${A:https://a.example.com}",
            "${A:https://a.example.com, https://b.example.com}", "${A:}", "${A:*}"})
    void validPlaceholders(String value) {
        assertTrue(OriginPlaceholder.isPlaceholder(value));
        assertNull(OriginPlaceholder.syntaxProblem(value));
        assertEquals(value, OriginPlaceholder.parse(value).text());
    }

    @Test
    void nameAndDefaultAreSplitAtTheFirstColon() {
        OriginPlaceholder p = OriginPlaceholder.parse("${CORS_ORIGINS:http://localhost:8081,http://[::1]:8081}");
        assertEquals("CORS_ORIGINS", p.name());
        assertTrue(p.hasDefault());
        assertEquals("http://localhost:8081,http://[::1]:8081", p.defaultValue());
        OriginPlaceholder none = OriginPlaceholder.parse("${CORS_ORIGINS}");
        assertFalse(none.hasDefault());
        assertNull(none.defaultValue());
        assertEquals("", OriginPlaceholder.parse("${A:}").defaultValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.com", "*", "http://localhost:*", "", "null", "https://a.example.com}"})
    void originsAreNoPlaceholders(String value) {
        assertFalse(OriginPlaceholder.isPlaceholder(value));
        assertThrows(IllegalArgumentException.class, () -> OriginPlaceholder.parse(value));
    }

    /** value, then parts of the message: the value quoted, what is wrong, what to write. */
    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("${CORS_ORIGINS", List.of("\"${CORS_ORIGINS\"", "no closing '}'", "write \"${CORS_ORIGINS}\"")),
                Arguments.of("${}", List.of("\"${}\"", "has no name", "write the name", "\"${CORS_ORIGINS}\"")),
                Arguments.of("${:https://a.example.com}", List.of("has no name", "\"${CORS_ORIGINS:https://a.example.com}\"")),
                Arguments.of("${A B}", List.of("\"${A B}\"", "the name \"A B\"", "write \"${A_B}\"")),
                Arguments.of("${ CORS_ORIGINS }", List.of("the name \" CORS_ORIGINS \"", "write \"${CORS_ORIGINS}\"")),
                Arguments.of("${1X}", List.of("the name \"1X\"", "write \"${_1X}\"")),
                Arguments.of("${CORS-ORIGINS}", List.of("the name \"CORS-ORIGINS\"", "write \"${CORS_ORIGINS}\"")),
                Arguments.of("$CORS_ORIGINS", List.of("no braces", "write \"${CORS_ORIGINS}\"")),
                Arguments.of("$", List.of("no braces", "write \"${CORS_ORIGINS}\"")),
                Arguments.of("${A}${B}", List.of("another placeholder")),
                Arguments.of("${A:${B}}", List.of("another placeholder")),
                Arguments.of("${A},https://a.example.com", List.of("text after its closing '}'", "write \"${A}\"")),
                Arguments.of("https://${HOST}", List.of("\"https://${HOST}\"", "must be the entire array element",
                        "write \"${HOST}\"")),
                Arguments.of("${A:-https://a.example.com}", List.of("\":-\"", "write \"${A:https://a.example.com}\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedPlaceholdersAreExplained(String value, List<String> parts) {
        assertTrue(OriginPlaceholder.isPlaceholder(value), value);
        String problem = OriginPlaceholder.syntaxProblem(value);
        assertNotNull(problem, value);
        for (String part : parts) {
            assertTrue(problem.contains(part), problem + " should contain " + part);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OriginPlaceholder.parse(value));
        assertEquals(problem, e.getMessage());
    }

    @Test
    void listsAreSplitAtCommasTrimmedAndEmptyItemsDropped() {
        assertEquals(List.of("https://a.example.com", "https://b.example.com"),
                OriginPlaceholder.split(" https://a.example.com ,https://b.example.com,, "));
        assertEquals(List.of(), OriginPlaceholder.split(""));
        assertEquals(List.of(), OriginPlaceholder.split(" , "));
        assertEquals(List.of(), OriginPlaceholder.split(null));
        // inner whitespace stays: the origin rules refuse it
        assertEquals(List.of("https://a. example.com"), OriginPlaceholder.split("https://a. example.com"));
    }
}
