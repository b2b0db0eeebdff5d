package org.corsgen.runtime.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

    /** The phase-2 ranking of the reference's §7: (literals, variables, explicit regexes). */
    @ParameterizedTest(name = "{0} -> ({1},{2},{3})")
    @CsvSource(delimiter = '|', value = {
        "{id}/history | 8 | 1 | 0",
        "{id}/parts   | 6 | 1 | 0",
        "new          | 3 | 0 | 0",
        "{id: [0-9]+} | 0 | 1 | 1",
        "{id}         | 0 | 1 | 0",
        "items/{id}   | 6 | 1 | 0",
        "/items       | 5 | 0 | 0",
        "items/       | 6 | 0 | 0",
        "a b          | 3 | 0 | 0",
        "{a}-{b}.json | 6 | 2 | 0",
        "{a:}         | 0 | 1 | 0",
        "''           | 0 | 0 | 0",
        "/            | 0 | 0 | 0",
    })
    void sortKey(String template, int literals, int variables, int regexes) {
        PathTemplate t = PathTemplate.parse(template.equals("''") ? "" : template);
        assertEquals(literals, t.literalChars, "literal characters");
        assertEquals(variables, t.variables, "variables");
        assertEquals(regexes, t.regexVariables, "explicit regexes");
    }

    @Test
    void specificityOrder() {
        String[] ordered = {"{id}/history", "{id}/parts", "new", "{id: [0-9]+}", "{id}"};
        for (int i = 0; i + 1 < ordered.length; i++) {
            PathTemplate a = PathTemplate.parse(ordered[i]);
            PathTemplate b = PathTemplate.parse(ordered[i + 1]);
            assertTrue(PathTemplate.SPECIFICITY.compare(a, b) < 0, ordered[i] + " before " + ordered[i + 1]);
        }
    }

    @Test
    void keyIgnoresNamesSlashesAndSourceEncoding() {
        assertEquals(PathTemplate.parse("{x}").key, PathTemplate.parse("/{y}/").key);
        assertEquals(PathTemplate.parse("a/{x: [0-9]+}").key, PathTemplate.parse("a/{ y : [0-9]+ }").key);
        assertEquals(PathTemplate.parse("a b").key, PathTemplate.parse("a%20b").key);
        assertEquals(PathTemplate.parse("a%2fb").key, PathTemplate.parse("a%2Fb").key);
        assertNotEquals(PathTemplate.parse("{x}").key, PathTemplate.parse("{x: [0-9]+}").key);
        assertNotEquals(PathTemplate.parse("a{x}").key, PathTemplate.parse("{x}a").key);
        assertEquals("", PathTemplate.parse("/").key);
    }

    @Test
    void literalsAreEncodedAsJakartaRestDoes() {
        assertEquals("a%20b", PathTemplate.parse("a b").key);
        assertEquals("caf%C3%A9", PathTemplate.parse("caf\u00e9").key);
        assertEquals("%F0%9F%98%80", PathTemplate.parse("\uD83D\uDE00").key);
        assertEquals("100%25", PathTemplate.parse("100%").key);
        assertEquals("%25zz", PathTemplate.parse("%zz").key);
        assertEquals("%7E%AB", PathTemplate.parse("%7e%ab").key);
        assertEquals("a-._~!$&'()*+,;=:@/b", PathTemplate.parse("a-._~!$&'()*+,;=:@/b").key);
        assertEquals("%3F%23%5B%5D%22%3C%3E%5C%5E%60%7C", PathTemplate.parse("?#[]\"<>\\^`|").key);
        assertEquals("{[0-9]{2}}x", PathTemplate.parse("{id: [0-9]{2}}x").key);
    }

    @Test
    void leadingLiteralSegments() {
        assertArrayEquals(new String[] {"items"}, PathTemplate.parse("/items").leadingSegments);
        assertArrayEquals(new String[] {"a", "b"}, PathTemplate.parse("a/b/").leadingSegments);
        assertArrayEquals(new String[] {"a"}, PathTemplate.parse("a/b{x}").leadingSegments);
        assertArrayEquals(new String[] {"a", "b"}, PathTemplate.parse("a/b/{x: .+}").leadingSegments);
        assertArrayEquals(new String[] {"a%20b"}, PathTemplate.parse("a b/{x}").leadingSegments);
        assertArrayEquals(new String[0], PathTemplate.parse("{x}/a").leadingSegments);
        assertArrayEquals(new String[0], PathTemplate.parse("").leadingSegments);
    }

    @Test
    void matchReturnsTheNextPosition() {
        // "next q": remainder is "/" + s.substring(q), or "" for q == s.length() + 1
        PathTemplate t = PathTemplate.parse("items");
        assertEquals(6, t.match("items", 0));
        assertEquals(6, t.match("items/", 0));
        assertEquals(6, t.match("items/42", 0));
        assertEquals(7, t.match("/items", 1));
        assertEquals(-1, t.match("itemsx", 0));
        assertEquals(-1, t.match("item", 0));
        assertEquals(-1, t.match("items", 6));
        PathTemplate empty = PathTemplate.parse("");
        assertEquals(0, empty.match("items", 0));
        assertEquals(6, empty.match("items", 6));
        PathTemplate regex = PathTemplate.parse("{p: .+}/raw");
        assertEquals(8, regex.match("a/b/raw", 0));
        assertEquals(8, regex.match("a/b/raw/", 0));
        assertEquals(8, regex.match("a/b/raw/x", 0));
        assertEquals(-1, regex.match("a/b/ra", 0));
        PathTemplate greedy = PathTemplate.parse("{p: .*}");
        assertEquals(4, greedy.match("abc", 0));
        assertEquals(4, greedy.match("abc", 3), "matches the empty segment of the remainder \"/\"");
        assertEquals(-1, greedy.match("abc", 4), "nothing but the empty template matches the remainder \"\"");
    }

    @Test
    void segmentsWithSeveralVariables() {
        PathTemplate t = PathTemplate.parse("{a}-{b}.json");
        assertTrue(t.match("x-y.json", 0) > 0);
        assertTrue(t.match("x-y-z.json", 0) > 0);
        assertTrue(t.match("x--.json", 0) > 0);
        assertEquals(-1, t.match("-y.json", 0));
        assertEquals(-1, t.match("x-.json", 0));
        assertEquals(-1, t.match("x-y.jso", 0));
        assertEquals(-1, t.match("x/-y.json", 0));
        PathTemplate adjacent = PathTemplate.parse("{a}{b}{c}z");
        assertTrue(adjacent.match("abcz", 0) > 0);
        assertEquals(-1, adjacent.match("abz", 0));
        PathTemplate middle = PathTemplate.parse("a{x}b{y}b{z}");
        assertTrue(middle.match("a1b2b3", 0) > 0);
        assertTrue(middle.match("abbbbbb", 0) > 0);
        assertEquals(-1, middle.match("abbbb", 0));
        PathTemplate encoded = PathTemplate.parse("{x}%2F{y}");
        assertTrue(encoded.match("a%2fb", 0) > 0);
        assertEquals(-1, encoded.match("a/b", 0));
    }

    @Test
    void malformed() {
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse(null));
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("{a"));
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("a}"));
        assertThrows(IllegalArgumentException.class, () -> PathTemplate.parse("{a: (}"));
    }
}
