package org.corsgen.runtime.headers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void anyAllowsEveryTokenButAuthorizationAndNothingElse() {
        HeaderNames any = HeaderNames.of(List.of("*"));
        assertTrue(any.isAny());
        assertEquals(List.of(), any.names());
        assertEquals("[*]", any.describe());
        assertTrue(any.contains("X-Anything", 0, 10));
        assertTrue(any.contains("authorizations", 0, 14));
        assertTrue(any.contains("x-authorization", 0, 15));
        assertTrue(any.contains("authorizatio", 0, 12));
        assertFalse(any.contains("x y", 0, 3));
        assertFalse(any.contains("x@y", 0, 3));
        assertFalse(any.contains("", 0, 0));
    }

    /** As browsers read {@code Access-Control-Allow-Headers: *}: it never covers Authorization. */
    @Test
    void anyDoesNotCoverAuthorization() {
        HeaderNames any = HeaderNames.of(List.of("*"));
        assertFalse(any.contains("authorization", 0, 13));
        assertFalse(any.contains("Authorization", 0, 13));
        assertFalse(any.contains("AUTHORIZATION", 0, 13));
        assertFalse(any.contains("x-a,authorization,x-b", 4, 17));
        assertFalse(any.containsLowerCase("authorization", 0, 13));
    }

    @Test
    void anyWithAuthorizationCoversItToo() {
        HeaderNames all = HeaderNames.of(List.of("*", "Authorization"));
        assertTrue(all.isAny());
        assertEquals(List.of("Authorization"), all.names());
        assertEquals("[*, Authorization]", all.describe());
        assertTrue(all.contains("authorization", 0, 13));
        assertTrue(all.contains("AUTHORIZATION", 0, 13));
        assertTrue(all.containsLowerCase("authorization", 0, 13));
        assertTrue(all.contains("X-Anything", 0, 10));
        assertFalse(all.contains("x y", 0, 3));
        assertNull(all.allInBrowserForm());
        assertEquals(List.of("authorization"), HeaderNames.of(List.of("authorization", "*", "Authorization")).names(),
                "the first spelling, once");
        assertTrue(HeaderNames.of(List.of("*", "*")).isAny());
        assertFalse(HeaderNames.of(List.of("*", "*")).contains("authorization", 0, 13));
    }

    @Test
    void onlyTheWildcardAndAuthorizationCombineWithTheWildcard() {
        assertTrue(HeaderNames.combinesWithWildcard("*"));
        assertTrue(HeaderNames.combinesWithWildcard("Authorization"));
        assertTrue(HeaderNames.combinesWithWildcard("AUTHORIZATION"));
        assertFalse(HeaderNames.combinesWithWildcard("X-Req"));
        assertFalse(HeaderNames.combinesWithWildcard("Authorization2"));
        assertFalse(HeaderNames.combinesWithWildcard("authori\u0437ation"));
        assertFalse(HeaderNames.combinesWithWildcard("author\u0131zation"), "a dotless i is no ASCII letter");
        assertThrows(IllegalArgumentException.class, () -> HeaderNames.of(List.of("*", "author\u0131zation")));
        assertFalse(HeaderNames.combinesWithWildcard(null));
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
        assertThrows(IllegalArgumentException.class, () -> HeaderNames.of(List.of("*", "Authorization", "X-Req")));
        assertThrows(IllegalArgumentException.class, () -> HeaderNames.of(null));
    }
}
