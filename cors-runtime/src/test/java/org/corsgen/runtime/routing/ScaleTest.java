package org.corsgen.runtime.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Correctness with 10,000 generated routes (the timing is measured elsewhere). */
class ScaleTest {

    private static final int ROUTES = 10_000;

    /** 10,000 routes: 2,500 root resources {@code r<i>} with a resource method, {@code {id}} and a locator. */
    @Test
    void tenThousandRoutesAcrossRoots() {
        RouteTable.Builder<String> b = RouteTable.builder();
        int resources = ROUTES / 4;
        for (int i = 0; i < resources; i++) {
            b.node(i, "R" + i + ".404")
                    .method("", "GET", "R" + i + ".list")
                    .method("{id}", "GET", "R" + i + ".get")
                    .method("{id: [0-9]+}/edit", "PUT", "R" + i + ".edit")
                    .locator("{id}/sub", resources);
            b.root("r" + i, i);
        }
        b.node(resources, "Sub.404").method("", "GET", "Sub.get");
        b.root("{tenant}/r7", 0); // filed at the top of the index: tried for every path
        RouteTable<String> t = b.build();

        assertEquals("R0.list", t.lookup("r0", "GET"));
        assertEquals("R1234.get", t.lookup("/r1234/abc", "GET"));
        assertEquals("R2499.edit", t.lookup("r2499/17/edit", "PUT"));
        assertEquals("R2499.edit", t.lookup("r2499/17/edit", "GET"));
        assertEquals("R2499.404", t.lookup("r2499/x/edit", "PUT"));
        assertEquals("Sub.get", t.lookup("r999/5/sub", "GET"));
        assertEquals("Sub.404", t.lookup("r999/5/sub/9", "GET"));
        assertEquals("R0.list", t.lookup("acme/r7", "GET"));
        // {tenant}/r7 (3 literal characters) beats r7 (2), whose {id} would match as well
        assertEquals("R0.list", t.lookup("r7/r7", "GET"));
        assertEquals("R7.get", t.lookup("r7/r8", "GET"));
        assertNull(t.lookup("r2500", "GET"));
        assertNull(t.lookup("x/y", "GET"));
    }

    /** 10,000 sub-resource methods in one resource, literal and variable-led. */
    @Test
    void tenThousandChildrenInOneResource() {
        RouteTable.Builder<String> b = RouteTable.builder();
        RouteTable.NodeBuilder<String> node = b.node(0, "Api.404");
        for (int i = 0; i < ROUTES / 2; i++) {
            node.method("v1/item" + i, "GET", "Api.item" + i);
            node.method("v1/item" + i + "/{id}", "DELETE", "Api.delete" + i);
        }
        node.method("v1/{name}", "GET", "Api.byName");
        node.method("{version}/status", "GET", "Api.status");
        RouteTable<String> t = b.root("api", 0).build();

        assertEquals("Api.item0", t.lookup("api/v1/item0", "GET"));
        assertEquals("Api.item4999", t.lookup("api/v1/item4999/", "GET"));
        assertEquals("Api.delete4321", t.lookup("api/v1/item4321/77", "DELETE"));
        assertEquals("Api.byName", t.lookup("api/v1/item5000", "GET"));
        assertEquals("Api.status", t.lookup("api/v1/status", "GET"), "{version}/status has 7 literals");
        assertEquals("Api.status", t.lookup("api/v2/status", "GET"));
        assertEquals("Api.404", t.lookup("api/v2/item1", "GET"));
    }
}
