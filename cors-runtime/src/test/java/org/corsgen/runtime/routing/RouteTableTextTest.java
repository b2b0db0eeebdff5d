package org.corsgen.runtime.routing;

import static org.corsgen.runtime.routing.WorkedExamplesTest.assertRoute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text form of a route table: what {@link RouteTableText.Rows} writes, {@link RouteTableText#parse} reads. */
class RouteTableTextTest {

    /** Values are {@code P<k>:<label>}, so a test sees which policy and label each route got. */
    private static final RouteTableText.Values<String> VALUES = (k, label) -> "P" + k + ":" + label;

    private static RouteTable<String> parse(String... parts) {
        return RouteTableText.parse(VALUES, parts);
    }

    private static String text(RouteTableText.Rows rows) {
        return String.join("\n", rows.lines()) + "\n";
    }

    @Test
    void theExampleOfTheClassComment() {
        RouteTable<String> t = parse("""
                node 0 P0 "* /orders (no method matches)"
                method "" GET P1 "GET /orders"
                method {id} GET P0 "GET /orders/{id}"
                locator {id}/items 1
                opaque dyn P2 "* /orders/dyn/... (locator)"
                node 1 -
                method {item} DELETE P2 "DELETE /orders/{id}/items/{item}"
                root /orders 0
                """);
        assertRoute(t, "GET", "orders", "P1:GET /orders");
        assertRoute(t, "GET", "orders/42", "P0:GET /orders/{id}");
        assertRoute(t, "DELETE", "orders/42/items/7", "P2:DELETE /orders/{id}/items/{item}");
        assertRoute(t, "GET", "orders/42/items", null); // node 1 has no fallback
        assertRoute(t, "GET", "orders/dyn/x/y", "P2:* /orders/dyn/... (locator)");
        assertRoute(t, "GET", "orders/1/2/3", "P0:* /orders (no method matches)");
        assertNull(t.lookup("other", "GET"));
    }

    /** A stand-in for a root resource class, named in a table by its binary name. */
    static final class Named { }

    @Test
    void aRootMayNameItsClassForTheMatchedResourceAnswer() {
        String name = Named.class.getName(); // ...RouteTableTextTest$Named
        RouteTableText.Rows rows = new RouteTableText.Rows()
                .node(0, 0, "* /a (no method matches)")
                .method("", "GET", 0, "GET /a")
                .method("{id}", "PUT", 0, "PUT /a/{id}")
                .node(1, 0, "* /b (no method matches)")
                .method("", "GET", 0, "GET /b")
                .root("a", 0, name)
                .root("b", 1);
        assertEquals("root a 0 " + name, rows.lines().get(5));
        assertEquals("root b 1", rows.lines().get(6));
        // values by policy alone, so every method of node 0 has an equal one
        RouteTable<String> t = RouteTableText.parse((k, label) -> "P" + k, text(rows));
        assertEquals(Set.of(name), t.rootClasses());
        assertEquals("P0", t.lookup("a/1", "PUT"));
        assertEquals("P0", t.lookup("b", "GET"));
        // a quoted name reads back too
        RouteTable<String> quoted = RouteTableText.parse((k, label) -> "P" + k,
                "node 0 P0 x\nmethod \"\" GET P0 y\nroot a 0 \"" + name + "\"\n");
        assertEquals(Set.of(name), quoted.rootClasses());
    }

    @Test
    void rowsWriteWhatParseReads() {
        RouteTableText.Rows rows = new RouteTableText.Rows()
                .node(0, 0, "* /a (no method matches)")
                .method("", "GET", 1, "GET /a")
                .method("{id: [0-9]+}", "PUT", -1, null)
                .locator("sub", 1)
                .opaqueLocator("dyn", 2, "* /a/dyn/... (locator)")
                .node(1, -1, null)
                .method("x", "GET", 0, "GET /a/sub/x")
                .root("/a", 0);
        assertEquals(List.of(
                "node 0 P0 \"* /a (no method matches)\"",
                "method \"\" GET P1 \"GET /a\"",
                "method \"{id: [0-9]+}\" PUT -",
                "locator sub 1",
                "opaque dyn P2 \"* /a/dyn/... (locator)\"",
                "node 1 -",
                "method x GET P0 \"GET /a/sub/x\"",
                "root /a 0"), rows.lines());
        RouteTable<String> t = parse(text(rows));
        assertRoute(t, "GET", "a", "P1:GET /a");
        assertRoute(t, "PUT", "a/42", null);
        assertRoute(t, "GET", "a/sub/x", "P0:GET /a/sub/x");
        assertRoute(t, "GET", "a/dyn/1", "P2:* /a/dyn/... (locator)");
        assertRoute(t, "GET", "a/zzz", "P0:* /a (no method matches)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", " ", "a b", "end ", " start", "q\"q", "\"\"\"", "back\\slash", "\\\"",
        "\\", "tab\there", "line\nbreak", "cr\rlf", "nul\0", "\u00fc\u00df\u20ac", "P0", "node", "x\u2028y",
        "nbsp\u00a0", "del\u007f"})
    void everyStringSurvivesTheRoundTrip(String s) {
        RouteTableText.Rows rows = new RouteTableText.Rows()
                .node(0, 0, s)
                .method("m", s.isEmpty() ? "GET" : s, 1, s)
                .opaqueLocator("o", 2, s)
                .root("r", 0);
        List<String> seen = new java.util.ArrayList<>();
        RouteTable<String> t = RouteTableText.parse((k, label) -> {
            seen.add(label);
            return "P" + k;
        }, text(rows));
        assertEquals(List.of(s, s, s), seen);
        assertEquals("P0", t.lookup("r/zzz/zzz", "GET"));
    }

    @Test
    void templatesAreTakenAsWritten() {
        RouteTable<String> t = parse(new RouteTableText.Rows()
                .node(0, -1, null)
                .method("{id: \\d+}", "GET", 0, "num")
                .method("a b", "GET", 1, "space")
                .method("q\"q", "GET", 2, "quote")
                .root("odd", 0).lines().stream().reduce("", (a, b) -> a + b + "\n"));
        assertNull(t.lookup("odd/x", "GET"));
        assertRoute(t, "GET", "odd/42", "P0:num");
        assertRoute(t, "GET", "odd/a%20b", "P1:space");
        assertRoute(t, "GET", "odd/q%22q", "P2:quote");
    }

    @Test
    void partsAreReadInOrderAsOneTable() {
        RouteTable<String> t = parse("node 0 P0 \"fallback\"\nmethod \"\" GET P1 \"get\"\n",
                "method x GET P3 x\n\nnode 1 -\nmethod \"\" GET P2 \"b\"\n", "root a 0\nroot b 1");
        assertRoute(t, "GET", "a", "P1:get");
        assertRoute(t, "GET", "a/x", "P3:x"); // the method line of part 1 belongs to the node of part 0
        assertRoute(t, "GET", "a/y", "P0:fallback");
        assertRoute(t, "GET", "b", "P2:b");
    }

    @Test
    void anEmptyTableMatchesNothing() {
        assertNull(parse().lookup("a", "GET"));
        assertNull(parse("", "\n").lookup("a", "GET"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "nodes 0 -",                        // unknown kind
        "method \"\" GET -",                // before any node
        "node 0 - extra",                   // text after the last value
        "node 0",                           // a value is missing
        "node x -",                         // not a number
        "node 0 Q1 \"x\"",                  // neither - nor P<k>
        "node 0 P \"x\"",
        "node 0 P-1 \"x\"",
        "node 0 P0",                        // the label is missing
        "node 0 P0 \"open",                 // a quoted value is not closed
        "node 0 P0 \"a\\nb\"",              // \ followed by neither " nor \
        "node 0  -",                        // two spaces
        "node 0 -\nroot",                   // root without template
        "\"node\" 0 -",                     // a quoted keyword
        "node 0 -\nroot a 1",               // an undeclared node (the builder refuses it)
        "node -1 -",                        // a negative node (the builder refuses it)
        "node 0 -\nmethod {id GET -\nroot a 0", // an unbalanced template (the builder refuses it)
    })
    void malformedTextIsRefusedNamingTheLine(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(text));
        assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
    }

    @Test
    void theMessageNamesThePartAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("node 0 -\n", "root a 0\n\nmethod \"\" GET Q1\n"));
        assertEquals("route table, part 1, line 3: \"Q1\" is neither - nor P<number>: method \"\" GET Q1",
                e.getMessage());
    }

    @Test
    void theValuesMayRefuseAPolicy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RouteTableText.parse((k, label) -> {
                    throw new IllegalArgumentException("no policy P" + k);
                }, "node 0 P7 \"x\"\nroot a 0\n"));
        assertEquals("no policy P7", e.getMessage());
    }
}
