package org.corsgen.runtime.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuoteTest {

    @Test
    void configuredValuesAreWrittenAsJavaStringLiterals() {
        assertEquals("\"https://app.example.com\"", Quote.of("https://app.example.com"));
        assertEquals("\"a\\\"b\\\\c\\r\\nd\\te\"", Quote.of("a\"b\\c\r\nd\te"));
        assertEquals("\"\\u0000\\u007f\\u0085\\u00a0\\u2028\\u2029\"", Quote.of("\u0000\u007f\u0085\u00a0\u2028\u2029"));
        assertEquals("\"b\u00fccher x\"", Quote.of("b\u00fccher x"));
        assertEquals("null", Quote.of(null));
    }

    @Test
    void requestValuesAreAsciiAndCut() {
        assertEquals("\"a\\\"b\\\\c\\u000d\\u000aX: y\\u00e9\"", Quote.requestValue("a\"b\\c\r\nX: y\u00e9", 200));
        assertEquals("\"xxx\"... (5 characters)", Quote.requestValue("xxxxx", 3));
        assertEquals("null", Quote.requestValue(null, 3));
    }
}
