package org.corsgen.runtime.headers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class HeaderNamesTest {

    private static final HeaderNames NAMES = HeaderNames.of(List.of("Content-Type", "X-Req"));

    @Test
    void containsIgnoresCase() {
        assertTrue(NAMES.contains("content-type", 0, 12));
        assertTrue(NAMES.contains("CONTENT-TYPE", 0, 12));
        assertTrue(NAMES.contains("x-req", 0, 5));
        assertTrue(NAMES.contains("X-REQ", 0, 5));
        assertFalse(NAMES.contains("x-reqs", 0, 6));
        assertFalse(NAMES.contains("x-re", 0, 4));
        assertFalse(NAMES.contains("authorization", 0, 13));
        assertFalse(NAMES.isAny());
    }

    @Test
    void containsLowerCaseIsExactAgainstTheLowerCaseNames() {
        assertTrue(NAMES.containsLowerCase("content-type,x-req", 0, 12));
        assertTrue(NAMES.containsLowerCase("content-type,x-req", 13, 18));
        assertFalse(NAMES.containsLowerCase("Content-Type", 0, 12)); // not lower case: the careful path decides
        assertFalse(NAMES.containsLowerCase("x-re", 0, 4));
        assertFalse(NAMES.containsLowerCase(" x-req", 0, 6));
        assertFalse(HeaderNames.of(List.of("*")).containsLowerCase("x-req", 0, 5));
    }

    @Test
    void containsLooksAtTheRegionOnly() {
        String line = "accept, Content-Type ,x-req";
        assertTrue(NAMES.contains(line, 8, 20));
        assertTrue(NAMES.contains(line, 22, 27));
        assertFalse(NAMES.contains(line, 7, 20));
        assertFalse(NAMES.contains(line, 0, 6));
    }

    @Test
    void containsFoldsOnlyAsciiCase() {
        // U+212A KELVIN SIGN lower-cases to 'k' in Java; it is not a header name character
        HeaderNames k = HeaderNames.of(List.of("X-K"));
        assertTrue(k.contains("x-k", 0, 3));
        assertFalse(k.contains("x-\u212a", 0, 3));
    }

    @Test
    void containsRefusesBadRanges() {
        assertFalse(NAMES.contains(null, 0, 0));
        assertFalse(NAMES.contains("x-req", -1, 5));
        assertFalse(NAMES.contains("x-req", 0, 6));
        assertFalse(NAMES.contains("x-req", 3, 2));
        assertFalse(NAMES.contains("x-req", 2, 2));
    }

    @Test
    void namesKeepConfiguredSpellingWithoutCaseInsensitiveDuplicates() {
        HeaderNames n = HeaderNames.of(List.of("X-Req", "Content-Type", "x-req", "CONTENT-TYPE", "Authorization"));
        assertEquals(List.of("X-Req", "Content-Type", "Authorization"), n.names());
        assertThrows(UnsupportedOperationException.class, () -> n.names().add("X"));
    }

    @Test
    void anyAllowsEveryTokenAndNothingElse() {
        HeaderNames any = HeaderNames.of(List.of("*"));
        assertTrue(any.isAny());
        assertEquals(List.of(), any.names());
        assertTrue(any.contains("authorization", 0, 13));
        assertTrue(any.contains("X-Anything", 0, 10));
        assertFalse(any.contains("x y", 0, 3));
        assertFalse(any.contains("x@y", 0, 3));
        assertFalse(any.contains("", 0, 0));
    }

    @Test
    void emptyAllowsNothing() {
        HeaderNames none = HeaderNames.of(List.of());
        assertFalse(none.isAny());
        assertFalse(none.contains("x-req", 0, 5));
    }

    @Test
    void refusesNonTokensAndMixedWildcard() {
        assertThrows(IllegalArgumentException.class, () -> HeaderNames.of(List.of("X Req")));
        assertThrows(IllegalArgumentException.class, () -> HeaderNames.of(List.of("")));
        assertThrows(IllegalArgumentException.class, () -> HeaderNames.of(List.of("X-Req:")));
        assertThrows(IllegalArgumentException.class, () -> HeaderNames.of(Arrays.asList("X-Req", null)));
        assertThrows(IllegalArgumentException.class, () -> HeaderNames.of(List.of("*", "X-Req")));
        assertThrows(IllegalArgumentException.class, () -> HeaderNames.of(null));
    }
}
