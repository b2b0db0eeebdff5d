package org.corsgen.runtime.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Small hand-made tables for the "never wider than the method that runs" rules of {@link RouteTable}'s class
 * comment, with {@link ReferenceModelTest#NARROWER} ({@code "a|b"} is the narrowest of {@code a} and
 * {@code b}, {@code "NONE"} that of a value and {@code null}). The expected values are read from the class
 * comment, not from the implementation.
 */
class NarrowingExamplesTest {

    private static RouteTable.Builder<String> builder() {
        return RouteTable.builder(ReferenceModelTest.NARROWER);
    }

    @Test
    void methodsOfOneDesignatorInOneCandidateAreNarrowed() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "404").method("", "PUT", "a").method("", "GET", "g").method("", "PUT", "b")
                .method("x", "GET", "x1").method("/x/", "GET", "x2");
        RouteTable<String> t = b.root("r", 0).build();
        assertEquals("a|b", t.lookup("r", "PUT"));
        assertEquals("g", t.lookup("r", "GET"));
        assertEquals("a|b", t.lookup("r", "DELETE"), "405: the first designator, its methods narrowed");
        assertEquals("x1|x2", t.lookup("r/x", "GET"), "one R(T): one candidate");
    }

    @Test
    void equallySpecificSubResourceMethodsAfterTheDecidingOneAreNarrowed() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "404")
                .method("{n: [0-9]+}", "GET", "n").method("{w: [a-z0-9]+}", "GET", "w")
                .method("{n: [0-9]+}/x", "PUT", "nx").method("{w: [a-z0-9]+}/x", "GET", "wx");
        RouteTable<String> t = b.root("r", 0).build();
        assertEquals("n|w", t.lookup("r/7", "GET"));
        assertEquals("w", t.lookup("r/a", "GET"), "only one matches");
        assertEquals("wx", t.lookup("r/7/x", "GET"), "a 405 in the other adds nothing");
        assertEquals("nx", t.lookup("r/7/x", "PUT"));
    }

    @Test
    void equallySpecificRootsAreResolvedEachAndTheirHitsNarrowed() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "n.404").method("", "GET", "n").method("x", "GET", "nx");
        b.node(1, "w.404").method("", "GET", "w").method("z", "GET", "wz");
        RouteTable<String> t = b.root("{n: [0-9]+}", 0).root("{w: [a-z0-9]+}", 1).build();
        assertEquals("n|w", t.lookup("7", "GET"));
        assertEquals("w", t.lookup("a", "GET"));
        assertEquals("nx", t.lookup("7/x", "GET"), "the other is a 404: adds nothing");
        assertEquals("wz", t.lookup("7/z", "GET"), "the deciding root is a 404: the other's hit");
        assertEquals("n.404", t.lookup("7/y", "GET"), "no hit: the deciding root's answer stands");
    }

    @Test
    void everyClassALocatorMayReturnIsFollowed() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "0.404").locator("sub", 1, 2).locator("{p}", 1).locator("{q}", 2).opaqueLocator("{any}", "op");
        b.node(1, "1.404").method("", "GET", "one");
        b.node(2, "2.404").method("", "GET", "two").method("", "PUT", "twoPut");
        RouteTable<String> t = b.root("r", 0).build();
        assertEquals("one|two", t.lookup("r/sub", "GET"));
        assertEquals("twoPut", t.lookup("r/sub", "PUT"), "a 405 in one class adds nothing");
        assertEquals("one", t.lookup("r/sub", "DELETE"), "no hit: the first class's answer (405)");
        assertEquals("1.404", t.lookup("r/sub/x", "GET"), "no hit: the first class's answer (404)");
        // {p}, {q} and {any} share one R(T): every locator is followed, the opaque one is a hit
        assertEquals("one|op|two", t.lookup("r/other", "GET"));
        assertEquals("op|twoPut", t.lookup("r/other", "PUT"));
        assertEquals("op", t.lookup("r/other/x", "GET"));
    }

    @Test
    void aForeignRootIsAHitWithoutAValue() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "Items.404").method("", "GET", "Items.list").method("{id}", "GET", "Items.get");
        b.node(1, "Other.404").method("", "GET", "Other.list");
        RouteTable<String> t = b.root("items", 0).foreignRoot("items").foreignRoot("foreign").root("other", 1)
                .build();
        assertEquals("NONE", t.lookup("items", "GET"));
        assertEquals("NONE", t.lookup("items/1", "GET"));
        assertNull(t.lookup("foreign", "GET"));
        assertNull(t.lookup("foreign/a/b", "PUT"));
        assertEquals("Other.list", t.lookup("other", "GET"));
    }

    /**
     * A foreign class shares the template of a corsgen class whose methods do not serve the request: the
     * foreign class may (a path it matches is a hit with no value, narrowed with what the corsgen roots
     * give), so the corsgen 405 must not answer alone (it once did: {@code fromRoots} returned the refused
     * 405 before the foreign root was considered, {@code Items.list}).
     */
    @Test
    void aForeignRootSharingATemplateIsNotAnsweredByTheCorsgen405() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "Items.404").method("", "GET", "Items.list");
        RouteTable<String> t = b.root("items", 0).foreignRoot("items").build();
        assertEquals("NONE", t.lookup("items", "PUT"));
    }

    /**
     * A more specific corsgen root refuses the method and has no sub-resources, so Jersey goes on to the next
     * matching root, a foreign class, which may serve it: a method without a policy may run (the table once
     * answered the corsgen 405's value, {@code Items.list}).
     */
    @Test
    void aForeignRootAfterAPassedOverRootIsNotAnsweredByThe405() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "Items.404").method("", "GET", "Items.list");
        RouteTable<String> t = b.root("items", 0).foreignRoot("{any}").build();
        assertNull(t.lookup("items", "PUT"));
    }

    @Test
    void lookupUnmatchedNarrowsEveryMethodOfEveryTemplateMatchingTheWholePath() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "0.404").method("", "GET", "root").method("x", "PUT", "x").method("{p}", "GET", "p")
                .locator("x", 1).locator("{p}/y", 1, 2).opaqueLocator("o", "op");
        b.node(1, "1.404").method("", "POST", "one").method("y", "GET", "oneY");
        b.node(2, "2.404").method("", "DELETE", "two");
        RouteTable<String> t = b.root("r", 0).build();
        assertEquals("one|p|x", t.lookupUnmatched("r/x", "DELETE"));
        assertEquals("one|oneY|two", t.lookupUnmatched("r/x/y", "GET"), "x, then y; or {p}/y, to both classes");
        assertEquals("root", t.lookupUnmatched("r", "PUT"));
        assertEquals("op", t.lookupUnmatched("r/o/deep", "GET"), "an opaque locator's paths");
        assertEquals("op|p", t.lookupUnmatched("r/o", "GET"));
        assertEquals("0.404", t.lookupUnmatched("r/a/b", "GET"), "nothing matches: the lookup's answer");
        assertNull(t.lookupUnmatched("elsewhere", "GET"));

        RouteTable<String> withForeign = b.foreignRoot("{any}/x").build();
        assertEquals("NONE", withForeign.lookupUnmatched("r/x", "DELETE"));
        assertNull(withForeign.lookupUnmatched("s/x/z", "GET"), "a foreign root matches: a hit without a value");
    }

    /**
     * RESTEasy compares a percent-encoded literal case-sensitively, Jersey does not: for {@code caf%c3%a9}
     * Jersey runs the literal's method, RESTEasy the variable's, so the preflight gets both narrowed.
     */
    @Test
    void aLowerCaseEscapeNarrowsTheLiteralWithWhatRestEasyMatchesInstead() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "Files.404").method("caf\u00e9", "GET", "cafe").method("{name}", "GET", "name")
                .method("caf\u00e9/x", "GET", "cafeX");
        RouteTable<String> t = b.root("files", 0).build();
        assertEquals("cafe", t.lookup("files/caf%C3%A9", "GET"), "upper case, as browsers write it: both agree");
        assertEquals("cafe|name", t.lookup("files/caf%c3%a9", "GET"));
        assertEquals("cafe|name", t.lookup("files/caf%C3%a9", "GET"), "one lower-case digit is enough");
        assertEquals("cafe|name", t.lookupEqual("files/caf%c3%a9", "GET"));
        assertEquals("cafeX", t.lookup("files/caf%c3%a9/x", "GET"), "RESTEasy matches nothing there: only Jersey runs one");
        assertEquals("name", t.lookup("files/x%2fy", "GET"), "no literal involved: the same either way");
    }

    /**
     * A self-referencing locator that may return two classes, and a path of thousands of segments: the branches
     * stop at {@link RouteTable#BRANCH_DEPTH} and the answer is narrowed, on a thread with a small stack too.
     */
    @Test
    void aVeryLongPathThroughBranchingLocatorsIsBoundedAndNarrowed() throws Exception {
        RouteTable.Builder<String> b = builder();
        b.node(0, "0.404").method("", "GET", "zero").locator("{x}", 0, 1);
        b.node(1, "1.404").method("", "GET", "one").locator("{x}", 1, 0);
        RouteTable<String> t = b.root("r", 0).build();
        assertEquals("one|zero", t.lookup("r/a/b", "GET"), "a short path: both classes' methods");
        String deep = "r" + "/a".repeat(5_000);
        String[] answers = new String[3];
        Throwable[] failure = new Throwable[1];
        Thread small = new Thread(null, () -> {
            try {
                answers[0] = t.lookup(deep, "GET");
                answers[1] = t.lookupUnmatched(deep, "GET");
                answers[2] = t.lookupEqual(deep, "GET");
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join(60_000);
        assertNull(failure[0], () -> "the lookup failed: " + failure[0]);
        assertEquals("NONE", answers[0]);
        assertEquals("NONE", answers[1]);
        assertEquals("NONE", answers[2]);
    }
}
