package org.corsgen.runtime.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worked examples of §7 of the matching reference, as Jersey 3.1.11 and 4.0.2 answer them (measured
 * by the differential routing test of {@code cors-tests}; one row differs from the reference's "spec"
 * column, see {@code GET items/42}). Each path is tried as
 * Jersey's {@code UriInfo.getPath(false)} gives it ({@code items/1}) and as RESTEasy's ({@code /items/1}).
 */
class WorkedExamplesTest {

    /**
     * <pre>
     * &#64;Path("items") class Items {
     *   &#64;GET list();                  &#64;GET &#64;Path("new") newForm();
     *   &#64;GET &#64;Path("{id}") get();     &#64;PUT &#64;Path("{id: [0-9]+}") put();
     *   &#64;GET &#64;Path("{id}/parts") parts();
     *   &#64;Path("{id}/history") History hist(); } // History: &#64;GET all(); &#64;GET &#64;Path("{rev}") one();
     * </pre>
     */
    static RouteTable.Builder<String> items() {
        RouteTable.Builder<String> b = RouteTable.builder();
        b.node(0, "Items.404")
                .method("", "GET", "Items.list")
                .method("new", "GET", "Items.newForm")
                .method("{id}", "GET", "Items.get")
                .method("{id: [0-9]+}", "PUT", "Items.put")
                .method("{id}/parts", "GET", "Items.parts")
                .locator("{id}/history", 1);
        b.node(1, "History.404")
                .method("", "GET", "History.all")
                .method("{rev}", "GET", "History.one");
        return b.root("items", 0);
    }

    static void assertRoute(RouteTable<String> table, String method, String path, String expected) {
        assertEquals(expected, table.lookup(path, method), () -> method + " " + path + " (Jersey form)");
        assertEquals(expected, table.lookup("/" + path, method), () -> method + " /" + path + " (RESTEasy form)");
    }

    private static final RouteTable<String> ONE_ROOT = items().build();

    /** Adding {@code @Path("items/{id}") class ItemById { @GET one(); }}. */
    private static final RouteTable<String> SECOND_ROOT = secondRoot();

    private static RouteTable<String> secondRoot() {
        RouteTable.Builder<String> b = items();
        b.node(2, "ItemById.404").method("", "GET", "ItemById.one");
        return b.root("items/{id}", 2).build();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        // GET items, items/ -> list
        "GET, items, Items.list",
        "GET, items/, Items.list",
        // GET items/new -> newForm (3 literals beat {id})
        "GET, items/new, Items.newForm",
        // PUT items/new -> 405 (new has only GET): the first method of the resolved set
        "PUT, items/new, Items.newForm",
        // GET items/abc -> get (the digit regex fails)
        "GET, items/abc, Items.get",
        // GET items/42 -> get: {id: [0-9]+} wins on key 3 but has only PUT, so Jersey (and RESTEasy) go on
        // to {id}, which serves GET (the spec's letter would answer 405; measured on both containers)
        "GET, items/42, Items.get",
        "HEAD, items/42, Items.get",
        // DELETE items/42 -> 405 at the first matching template, {id: [0-9]+}: Allow PUT, OPTIONS
        "DELETE, items/42, Items.put",
        // PUT items/42 -> put
        "PUT, items/42, Items.put",
        // GET items/42/parts or .../parts/ -> parts
        "GET, items/42/parts, Items.parts",
        "GET, items/42/parts/, Items.parts",
        // GET items/new/parts -> parts with id=new (new is dropped because /parts remains)
        "GET, items/new/parts, Items.parts",
        // GET items/42/history/7 -> locator, then U=/7, then History.one
        "GET, items/42/history/7, History.one",
        "GET, items/42/history/7/, History.one",
        "GET, items/42/history, History.all",
        "GET, items/42/history/, History.all",
        // GET items/42/x -> 404 (every method template leaves a remainder): the node's fallback
        "GET, items/42/x, Items.404",
        "GET, items/42/history/7/8, History.404",
        // OPTIONS items/42 (automatic): Allow PUT, OPTIONS -> the {id: [0-9]+} set, its first method
        "OPTIONS, items/42, Items.put",
        "OPTIONS, items/abc, Items.get",
    })
    void oneRootRows(String method, String path, String expected) {
        assertRoute(ONE_ROOT, method, path, expected);
    }

    @Test
    void unknownRootIsNull() {
        assertRoute(ONE_ROOT, "GET", "orders", null);
        assertRoute(ONE_ROOT, "GET", "itemsx", null);
        assertRoute(ONE_ROOT, "GET", "", null);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        // GET items/new -> ItemById.one: 6 literals beat 5, so Items.new is never consulted
        "GET, items/new, ItemById.one",
        // GET items/42/parts -> Items.parts: ItemById is dropped in phase 1 (remainder, no sub-resources)
        "GET, items/42/parts, Items.parts",
        // consequences of the same rules
        "GET, items/42, ItemById.one",
        "PUT, items/42, ItemById.one",
        "GET, items, Items.list",
        "GET, items/42/history/7, History.one",
        "GET, items/42/x, Items.404",
    })
    void secondRootRows(String method, String path, String expected) {
        assertRoute(SECOND_ROOT, method, path, expected);
    }
}
