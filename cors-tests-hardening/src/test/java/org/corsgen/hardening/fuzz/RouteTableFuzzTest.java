package org.corsgen.hardening.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.corsgen.runtime.routing.RouteTable;

/**
 * Fuzzes {@link RouteTable#lookup}, which the pre-matching filter calls with the raw request path of every
 * request, and {@link RouteTable.Builder#build}.
 *
 * <p>{@link #fixedTableAgreesWithTheModel}: input = HTTP method 0x1F path (or only a path, for GET). On a table
 * with literals, plain and regex variables, percent-encoded literals, sub-resource methods, a locator cycle and
 * an empty root, the answer equals {@link ReferenceRoutes} for every path a container can hand over (no raw
 * line terminators), and for every path the lookup never throws, returns a declared value or {@code null}, and
 * ignores a leading '/', a final '/', and matrix parameters.
 *
 * <p>{@link #fuzzedTablesNeverThrow}: input = declarations (lines of fields separated by 0x1E:
 * {@code r template node}, {@code m node template METHOD}, {@code l node template target}), 0x1F, method 0x1F
 * path. Building either succeeds or throws {@link IllegalArgumentException}; a built table's lookups never
 * throw and return a declared value or {@code null}, whatever the path.
 */
class RouteTableFuzzTest {

    static final ReferenceRoutes MODEL = new ReferenceRoutes()
            .node("items-404")
            .method("", "GET", "items.list")
            .method("", "POST", "items.create")
            .method("{id}", "GET", "items.get")
            .method("{id: [0-9]+}", "PUT", "items.put")
            .method("{id: [0-9]+}", "DELETE", "items.delete")
            .method("{id}/history", "GET", "items.history")
            .method("special", "GET", "items.special")
            .locator("{id}/parts", 3)
            .node("files-404")
            .method("", "GET", "files.list")
            .method("{p: .+}", "GET", "files.get")
            .method("{name}.json", "GET", "files.json")
            .node("docs-404")
            .method("", "GET", "docs.list")
            .method("{doc}", "DELETE", "docs.delete")
            .method("{doc}", "GET", "docs.get")
            .node("parts-404")
            .method("", "GET", "parts.list")
            .method("{n: [0-9]+}", "GET", "parts.get")
            .locator("{n: [0-9]+}/sub", 3)
            .node("space-404")
            .method("", "GET", "space.get")
            .node("root-404")
            .method("", "GET", "root.get")
            .method("status", "GET", "root.status")
            .node("e-404")
            .method("", "GET", "e.get")
            .root("items", 0)
            .root("files", 1)
            .root("{tenant}/docs", 2)
            .root("a b", 4)
            .root("", 5)
            .root("\u00e9t\u00e9", 6);

    static final RouteTable<String> TABLE = MODEL.table();

    @FuzzTest(maxDuration = "10m")
    void fixedTableAgreesWithTheModel(byte[] data) {
        String text = FuzzText.decode(data);
        int field = text.indexOf(FuzzText.FIELD);
        String method = field < 0 ? "GET" : text.substring(0, field);
        String path = field < 0 ? text : text.substring(field + 1);

        String actual = TABLE.lookup(path, method);
        assertTrue(actual == null || MODEL.values().contains(actual), () -> "undeclared value " + actual);
        if (!hasLineTerminator(path)) {
            String expected = MODEL.lookup(path, method);
            if (!java.util.Objects.equals(expected, actual)) {
                fail(method + " " + FuzzText.show(path) + ": model says " + expected + ", table says " + actual);
            }
        }
        assertEquals(actual, TABLE.lookup(new String(path.toCharArray()), method), "deterministic");
        if (!path.startsWith("/")) {
            assertEquals(actual, TABLE.lookup("/" + path, method), () -> "a leading '/' is ignored: " + FuzzText.show(path));
        }
        if (!withoutMatrixParameters(path).endsWith("/")) {
            // (a last segment of only matrix parameters is an empty segment: "x/;m" is "x/", and "x/;m/" is "x//")
            assertEquals(actual, TABLE.lookup(path + "/", method), () -> "a final '/' is ignored: " + FuzzText.show(path));
        }
        assertEquals(actual, TABLE.lookup(path + ";m=1", method), () -> "matrix parameters are ignored: " + FuzzText.show(path));
    }

    @FuzzTest(maxDuration = "10m")
    void fuzzedTablesNeverThrow(byte[] data) {
        String text = FuzzText.decode(data);
        List<String> fields = FuzzText.split(text, FuzzText.FIELD);
        if (fields.size() < 3) {
            return;
        }
        RouteTable.Builder<String> b = RouteTable.builder();
        List<String> values = new ArrayList<>();
        List<RouteTable.NodeBuilder<String>> nodes = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            values.add("fallback" + n);
            nodes.add(b.node(n, "fallback" + n));
        }
        for (String line : fields.get(0).split("\n")) {
            List<String> f = FuzzText.split(line, FuzzText.ITEM);
            if (f.size() < 3) {
                continue;
            }
            switch (f.get(0)) {
                case "r" -> b.root(tame(f.get(1)), node(f.get(2)));
                case "m" -> {
                    String value = "v" + values.size();
                    values.add(value);
                    nodes.get(node(f.get(1))).method(tame(f.get(2)), f.size() > 3 ? f.get(3) : "GET", value);
                }
                case "l" -> nodes.get(node(f.get(1))).locator(tame(f.get(2)), f.size() > 3 ? node(f.get(3)) : 0);
                default -> {
                }
            }
        }
        RouteTable<String> table;
        try {
            table = b.build();
        } catch (IllegalArgumentException documented) {
            return;
        }
        String method = fields.get(1);
        String path = fields.get(2);
        String actual = table.lookup(path, method);
        assertTrue(actual == null || values.contains(actual), () -> "undeclared value " + actual);
        if (!path.startsWith("/")) {
            assertEquals(actual, table.lookup("/" + path, method), "a leading '/' is ignored");
        }
        assertEquals(actual, table.lookup(path + ";m", method), "matrix parameters are ignored");
    }

    private static int node(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = h * 31 + s.charAt(i);
        }
        return Math.floorMod(h, 8);
    }

    /**
     * Replaces the regex of every {@code {name: regex}} by one of a few harmless ones: a user's own regex can
     * backtrack catastrophically in any Jakarta REST container, which is not what this test is about.
     */
    private static String tame(String template) {
        String[] regexes = {"[0-9]+", ".+", "[a-z]+", "a|b", ".*", "[^/]+/x", "(a|b)+"};
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int colon = c == '{' ? template.indexOf(':', i) : -1;
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (colon > i && close > colon) {
                out.append(template, i, colon + 1).append(' ')
                        .append(regexes[Math.floorMod(template.substring(colon + 1, close).hashCode(), regexes.length)])
                        .append('}');
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String withoutMatrixParameters(String path) {
        return "/" + (path.startsWith("/") ? path.substring(1) : path).replaceAll(";[^/]*", "");
    }

    private static boolean hasLineTerminator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
