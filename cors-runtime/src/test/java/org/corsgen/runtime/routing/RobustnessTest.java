package org.corsgen.runtime.routing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RobustnessTest {

    private static RouteTable<String> table() {
        RouteTable.Builder<String> b = WorkedExamplesTest.items();
        b.node(2, "Files.404").method("", "GET", "Files.list").method("{p: .+}", "GET", "Files.get")
                .method("{a}-{b}.json", "GET", "Files.pair").method("x/{p: (a|b)+}", "GET", "Files.ab");
        b.node(3, "Any.404").method("", "GET", "Any.get").locator("{x}", 3).opaqueLocator("o/{y: .*}", "Any.o");
        return b.root("files", 2).root("{any}/deep", 3).root("", 3).build();
    }

    @Test
    void nullPathAndNullMethod() {
        RouteTable<String> t = table();
        assertNull(t.lookup(null, "GET"));
        assertNull(t.lookup(null, null));
        // a null method is served by no method: the first method of the resolved set
        assertEquals("Items.list", t.lookup("items", null));
        assertEquals("Items.put", t.lookup("items/42", null));
        assertEquals("", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "//", "///", ";", "/;", ";;;/;", "%", "%%", "%2", "%zz", "items/%", "{", "}",
        "{id}", "\u0000", "items/\u0000", "items\n/42", "\r\n", "\t/\t", "items/42/history/\u0007", "\uD800",
        "\uDC00items", "files/\u0000/\n", "files/a\nb", "x/deep/\n", "x/deep/o/\n\n", "?a=b", "#frag",
        "items/42?x", "files/x-y.json;", "/;/;/;", "items;", ";items", "\u00e9", "%C3%A9/%c3"})
    void oddPathsDoNotThrow(String path) {
        RouteTable<String> t = table();
        for (String method : new String[] {"GET", "HEAD", "OPTIONS", "PURGE", "", "\u0000", null}) {
            assertDoesNotThrow(() -> t.lookup(path, method), () -> method + " " + path);
        }
    }

    @Test
    void hugePathsDoNotThrowAndStayFast() {
        RouteTable<String> t = table();
        List<String> paths = new ArrayList<>();
        paths.add("a".repeat(100_000));
        paths.add("/".repeat(100_000));
        paths.add(";".repeat(100_000));
        paths.add("%".repeat(100_000));
        paths.add("items/" + "9".repeat(100_000));
        paths.add("items/" + "x/".repeat(50_000));
        paths.add("files/" + "a-".repeat(50_000) + ".json");
        paths.add("files/" + "-".repeat(100_000));
        paths.add("files/x/" + "ab".repeat(50_000));
        paths.add("files/x/" + "ab".repeat(50_000) + "c");
        paths.add("q/deep/" + "z/".repeat(50_000));
        paths.add("q/deep/" + "z/".repeat(50_000) + "o/" + "\n".repeat(10));
        paths.add("\u0000".repeat(100_000));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String path : paths) {
                for (String method : new String[] {"GET", "PUT", null}) {
                    assertDoesNotThrow(() -> t.lookup(path, method));
                    assertDoesNotThrow(() -> t.lookup("/" + path, method));
                }
            }
        });
        assertEquals("Files.get", t.lookup("files/" + "a/".repeat(50_000), "GET"));
        assertEquals("Any.get", t.lookup("q/deep/" + "z/".repeat(50_000), "GET"));
        assertEquals("Items.get", t.lookup("items/" + "9".repeat(100_000), "GET"));
        assertEquals("Items.put", t.lookup("items/" + "9".repeat(100_000), "DELETE"));
    }

    @Test
    void randomPathsDoNotThrow() {
        RouteTable<String> t = table();
        Random random = new Random(42);
        String alphabet = "ab/;%=2F{}.-\u0000\n\u00e9 ";
        for (int i = 0; i < 20_000; i++) {
            int length = random.nextInt(40);
            StringBuilder path = new StringBuilder(length);
            for (int j = 0; j < length; j++) {
                path.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String p = path.toString();
            assertDoesNotThrow(() -> t.lookup(p, "GET"), p);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "}", "a{", "a}", "{}", "{ }", "{id", "{id:", "{id: [0-9]+", "{id: a{2}",
        "a/{id}}", "{-id}", "{id!}", "{id x}", "{:x}", "{id: [}", "{id: (}", "{id: *}", "a\uD800b"})
    void malformedTemplatesAreRejectedByBuild(String template) {
        RouteTable.Builder<String> b = RouteTable.builder();
        b.node(0, null).method("", "GET", "A");
        b.root(template, 0);
        assertThrows(IllegalArgumentException.class, b::build, template);

        RouteTable.Builder<String> b2 = RouteTable.builder();
        b2.node(0, null).method(template, "GET", "A");
        b2.root("a", 0);
        assertThrows(IllegalArgumentException.class, b2::build, template);

        RouteTable.Builder<String> b3 = RouteTable.builder();
        b3.node(0, null).locator(template, 0);
        b3.root("a", 0);
        assertThrows(IllegalArgumentException.class, b3::build, template);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{id}", "{ id }", "{id:[0-9]+}", "{ id : [0-9]{1,3} }", "{a.b-c_d}", "{id:}",
        "{\u00e9t\u00e9}", "a/{b}/c", "{a}{b}", "x{id: \\d+}y", "{id: (?i)x}", "{id: a|b}", "%zz", "a b?c#d"})
    void wellFormedTemplatesBuild(String template) {
        RouteTable.Builder<String> b = RouteTable.builder();
        b.node(0, null).method(template, "GET", "A").locator(template, 0).method("", "GET", "B");
        b.root(template, 0);
        assertDoesNotThrow(b::build, template);
    }

    @Test
    void buildRejectsBadReferencesAndArguments() {
        RouteTable.Builder<String> undeclaredRoot = RouteTable.builder();
        undeclaredRoot.node(0, null).method("", "GET", "A");
        undeclaredRoot.root("a", 1);
        assertThrows(IllegalArgumentException.class, undeclaredRoot::build);

        RouteTable.Builder<String> undeclaredTarget = RouteTable.builder();
        undeclaredTarget.node(0, null).locator("x", 7);
        undeclaredTarget.root("a", 0);
        assertThrows(IllegalArgumentException.class, undeclaredTarget::build);

        RouteTable.Builder<String> nullTemplate = RouteTable.builder();
        nullTemplate.root(null, 0).node(0, null);
        assertThrows(IllegalArgumentException.class, nullTemplate::build);

        RouteTable.Builder<String> nullMethod = RouteTable.builder();
        nullMethod.node(0, null).method("", null, "A");
        assertThrows(IllegalArgumentException.class, nullMethod::build);

        RouteTable.Builder<String> emptyMethod = RouteTable.builder();
        emptyMethod.node(0, null).method("x", "", "A");
        assertThrows(IllegalArgumentException.class, emptyMethod::build);

        RouteTable.Builder<String> twice = RouteTable.builder();
        twice.node(0, null);
        assertThrows(IllegalArgumentException.class, () -> twice.node(0, null));
        assertThrows(IllegalArgumentException.class, () -> twice.node(-1, null));
    }

    @Test
    void nodesMayBeDeclaredInAnyOrderAndSparsely() {
        RouteTable.Builder<String> b = RouteTable.builder();
        b.root("a", 10);
        b.node(20, "B.404").method("", "GET", "B.get").locator("back", 10);
        b.node(10, "A.404").method("", "GET", "A.get").locator("b", 20);
        RouteTable<String> t = b.build();
        assertEquals("B.get", t.lookup("a/b", "GET"));
        assertEquals("A.get", t.lookup("a/b/back", "GET"));
        assertEquals("B.404", t.lookup("a/b/c", "GET"));
    }
}
