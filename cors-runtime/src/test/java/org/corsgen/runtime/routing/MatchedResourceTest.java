package org.corsgen.runtime.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * {@link RouteTable#forMatchedResource}: the answer from the class of the resource the container matched is
 * given only when it cannot differ from what {@link RouteTable#lookup} gives for any request to that class.
 */
class MatchedResourceTest {

    /** Stand-ins for resource classes; only their names matter. */
    static final class Items { }
    static final class Mixed { }
    static final class Partial { }
    static final class Unnamed { }
    static final class Locators { }
    static final class Subclass { }

    /** Equal by content, like two routes of one policy (CorsPolicy.equals ignores the route label). */
    record Value(String policy, String route) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Value v && v.policy.equals(policy);
        }

        @Override
        public int hashCode() {
            return policy.hashCode();
        }
    }

    private static RouteTable<Value> table() {
        RouteTable.Builder<Value> b = RouteTable.builder();
        b.node(0, new Value("A", "* /items")).method("", "GET", new Value("A", "GET /items"))
                .method("{id}", "GET", new Value("A", "GET /items/{id}"))
                .method("{id}", "PUT", new Value("A", "PUT /items/{id}"));
        b.node(1, new Value("A", "* /mixed")).method("", "GET", new Value("A", "GET /mixed"))
                .method("", "DELETE", new Value("B", "DELETE /mixed")); // a method-level override
        b.node(2, new Value("A", "* /partial")).method("", "GET", new Value("A", "GET /partial"))
                .method("x", "GET", null); // a method without a policy
        b.node(3, new Value("A", "* /unnamed")).method("", "GET", new Value("A", "GET /unnamed"));
        b.node(4, null).locator("{id}", 0); // no methods of its own
        b.node(5, new Value("A", "* /sub")).method("", "GET", new Value("A", "GET /sub"));
        b.root("items", 0, Items.class.getName());
        b.root("mixed", 1, Mixed.class.getName());
        b.root("partial", 2, Partial.class.getName());
        b.root("unnamed", 3);
        b.root("locators", 4, Locators.class.getName());
        b.root("sub", 5, "some.other.Name");
        return b.build();
    }

    @Test
    void aClassWhoseMethodsShareOnePolicyAnswersWithIt() {
        RouteTable<Value> t = table();
        Value v = t.forMatchedResource(Items.class);
        assertEquals(new Value("A", "?"), v);
        assertEquals("GET /items", v.route(), "the first method's value");
        assertSame(v, t.forMatchedResource(Items.class), "cached per class");
        // and it is what matching the path gives for every request to the class
        for (String[] r : new String[][] {{"items", "GET"}, {"items/42", "GET"}, {"items/42", "PUT"},
                {"items/42", "DELETE"}, {"items/42", "HEAD"}, {"items", "OPTIONS"}}) {
            assertEquals(v, t.lookup(r[0], r[1]), r[0] + " " + r[1]);
        }
    }

    @Test
    void everyOtherClassLeavesTheDecisionToTheRouteTable() {
        RouteTable<Value> t = table();
        assertNull(t.forMatchedResource(Mixed.class), "methods with different policies");
        assertNull(t.forMatchedResource(Partial.class), "a method without a policy");
        assertNull(t.forMatchedResource(Unnamed.class), "declared without its name");
        assertNull(t.forMatchedResource(Locators.class), "only locators");
        assertNull(t.forMatchedResource(Subclass.class), "a class the table does not know (a proxy, say)");
        assertNull(t.forMatchedResource(String.class));
        assertNull(RouteTable.<Value>builder().build().forMatchedResource(Items.class), "an empty table");
    }
}
