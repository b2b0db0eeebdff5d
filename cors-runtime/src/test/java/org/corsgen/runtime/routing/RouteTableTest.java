package org.corsgen.runtime.routing;

import static org.corsgen.runtime.routing.WorkedExamplesTest.assertRoute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RouteTableTest {

    private static RouteTable.Builder<String> builder() {
        return RouteTable.builder();
    }

    @Test
    void leadingSlashInTemplateAndPathIsIgnored() {
        RouteTable.Builder<String> b = builder();
        b.node(0, null).method("", "GET", "A.get").method("/sub", "GET", "A.sub");
        RouteTable<String> t = b.root("/a", 0).build();
        assertEquals("A.get", t.lookup("a", "GET"));
        assertEquals("A.get", t.lookup("/a", "GET"));
        assertEquals("A.sub", t.lookup("a/sub", "GET"));
        assertEquals("A.sub", t.lookup("/a/sub", "GET"));
        assertNull(t.lookup("//a", "GET"), "only one leading / is ignored");
    }

    @Test
    void trailingSlashInTemplateAndPath() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "A.404").method("", "GET", "A.get").method("sub/", "GET", "A.sub");
        RouteTable<String> t = b.root("a/", 0).build();
        assertRoute(t, "GET", "a", "A.get");
        assertRoute(t, "GET", "a/", "A.get");
        assertRoute(t, "GET", "a/sub", "A.sub");
        assertRoute(t, "GET", "a/sub/", "A.sub");
    }

    @Test
    void doubleTrailingSlashDoesNotMatch() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "X.404").method("", "GET", "X.get");
        b.node(1, "Y.404").method("", "GET", "Y.get").method("{id}", "GET", "Y.one");
        RouteTable<String> t = b.root("x", 0).root("y", 1).build();
        assertRoute(t, "GET", "x/", "X.get");
        // x has no sub-resources: the remainder "//" drops the root
        assertRoute(t, "GET", "x//", null);
        // y has sub-resources: the path enters y, no child matches "//"
        assertRoute(t, "GET", "y//", "Y.404");
        assertRoute(t, "GET", "y/1//", "Y.404");
        assertRoute(t, "GET", "y/1/", "Y.one");
    }

    @Test
    void matrixParametersAreIgnoredInEverySegment() {
        RouteTable<String> t = WorkedExamplesTest.items().build();
        assertRoute(t, "GET", "items;v=2", "Items.list");
        assertRoute(t, "GET", "items;v=2/", "Items.list");
        assertRoute(t, "GET", "items;v=2/new;a=b;c", "Items.newForm");
        assertRoute(t, "PUT", "items/42;x=1", "Items.put");
        assertRoute(t, "GET", "items;a/42;b/history;c/7;d", "History.one");
        assertRoute(t, "GET", "items/;x=1", "Items.list");
        // an encoded ';' is data, not a matrix parameter
        assertRoute(t, "GET", "items/a%3Bb", "Items.get");
        assertRoute(t, "GET", "items%3Bv=2", null);
    }

    @Test
    void aFirstSegmentOfOnlyMatrixParametersIsAnEmptySegmentInBothPathForms() {
        // found by fuzzing: Jersey's ";v=2/items" lost its empty first segment and matched "items", while
        // RESTEasy's "/;v=2/items" (the same request) is "//items" and matches nothing
        RouteTable<String> t = WorkedExamplesTest.items().build();
        assertRoute(t, "GET", ";v=2/items", null);
        assertRoute(t, "GET", ";/items/42", null);
        assertRoute(t, "GET", ";", null);
    }

    @Test
    void encodedLiteralsAndVariables() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "S.404")
                .method("", "GET", "S.get")
                .method("caf\u00e9", "GET", "S.cafe")
                .method("a%2fb", "GET", "S.slash")
                .method("{id}", "GET", "S.one")
                .method("{id}/parts", "GET", "S.parts");
        RouteTable<String> t = b.root("a b", 0).build();
        assertRoute(t, "GET", "a%20b", "S.get");
        assertRoute(t, "GET", "a b", null); // the path is compared in encoded form
        assertRoute(t, "GET", "a%20b/caf%C3%A9", "S.cafe");
        // hex digits in either case for Jersey; RESTEasy compares them case-sensitively and runs {id}: the
        // table narrows both (this builder's narrower keeps only equal values)
        assertRoute(t, "GET", "a%20b/caf%c3%a9", null);
        assertRoute(t, "GET", "a%20b/a%2Fb", "S.slash");
        assertRoute(t, "GET", "a%20b/a%2fb", null);
        // %2F inside a variable is not a separator
        assertRoute(t, "GET", "a%20b/x%2Fparts", "S.one");
        assertRoute(t, "GET", "a%20b/x%2Fy/parts", "S.parts");
        // a stray % or a broken triplet is just a character
        assertRoute(t, "GET", "a%20b/%", "S.one");
        assertRoute(t, "GET", "a%20b/%zz", "S.one");
    }

    @Test
    void encodedTemplateLiteralIsKeptAndMatchesEitherCase() {
        RouteTable.Builder<String> b = builder();
        b.node(0, null).method("", "GET", "P.get");
        RouteTable<String> t = b.root("a%20b", 0).build();
        assertRoute(t, "GET", "a%20b", "P.get");
        assertRoute(t, "GET", "A%20b", null); // letters outside a triplet are case-sensitive
        RouteTable.Builder<String> b2 = builder();
        b2.node(0, null).method("", "GET", "Q.get");
        RouteTable<String> t2 = b2.root("%7Euser%ff", 0).build();
        assertRoute(t2, "GET", "%7euser%FF", "Q.get");
        assertRoute(t2, "GET", "%7EUSER%FF", null);
    }

    @Test
    void headIsServedByGetWithoutAHeadMethod() {
        RouteTable<String> t = WorkedExamplesTest.items().build();
        assertRoute(t, "HEAD", "items", "Items.list");
        assertRoute(t, "HEAD", "items/abc", "Items.get");
        // the {id: [0-9]+} set has no GET, so HEAD goes on to {id}, which has (as GET does)
        assertRoute(t, "HEAD", "items/42", "Items.get");
    }

    @Test
    void headMethodIsPreferredWhenPresent() {
        RouteTable.Builder<String> b = builder();
        b.node(0, null).method("", "GET", "R.get").method("", "HEAD", "R.head").method("", "POST", "R.post");
        RouteTable<String> t = b.root("r", 0).build();
        assertRoute(t, "HEAD", "r", "R.head");
        assertRoute(t, "GET", "r", "R.get");
        assertRoute(t, "POST", "r", "R.post");
    }

    @Test
    void methodNotServedGivesTheFirstMethodOfTheSet() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "R.404")
                .method("", "POST", "R.post")
                .method("", "GET", "R.get")
                .method("{id}", "DELETE", "R.delete")
                .method("{id}", "PUT", "R.put");
        RouteTable<String> t = b.root("r", 0).build();
        assertRoute(t, "PATCH", "r", "R.post");
        assertRoute(t, "OPTIONS", "r", "R.post");
        assertRoute(t, "get", "r", "R.post"); // methods are case-sensitive
        assertRoute(t, "PATCH", "r/1", "R.delete");
        assertRoute(t, "PUT", "r/1", "R.put");
        assertRoute(t, "HEAD", "r/1", "R.delete");
    }

    @Test
    void customHttpMethod() {
        RouteTable.Builder<String> b = builder();
        b.node(0, null).method("", "GET", "C.get").method("", "PURGE", "C.purge");
        RouteTable<String> t = b.root("cache", 0).build();
        assertRoute(t, "PURGE", "cache", "C.purge");
        assertRoute(t, "GET", "cache", "C.get");
    }

    @Test
    void unknownPathUnderARootGivesTheNodeFallback() {
        RouteTable<String> t = WorkedExamplesTest.items().build();
        assertRoute(t, "GET", "items/42/parts/9", "Items.404");
        assertRoute(t, "GET", "items/new/x", "Items.404");
        assertRoute(t, "GET", "items//", "Items.404");
    }

    @Test
    void nullFallbackAndUnknownRoot() {
        RouteTable.Builder<String> b = builder();
        b.node(0, null).method("", "GET", "A.get").method("b", "GET", "A.b");
        RouteTable<String> t = b.root("a", 0).build();
        assertRoute(t, "GET", "a/c", null);
        assertRoute(t, "GET", "z", null);
        RouteTable<String> empty = RouteTable.<String>builder().build();
        assertNull(empty.lookup("a", "GET"));
        assertNull(empty.lookup("", "GET"));
    }

    @Test
    void resourceWithoutResourceMethodsFallsBackOnItsOwnPath() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "A.404").method("b", "GET", "A.b");
        RouteTable<String> t = b.root("a", 0).build();
        assertRoute(t, "GET", "a", "A.404");
        assertRoute(t, "GET", "a/", "A.404");
        assertRoute(t, "GET", "a/b", "A.b");
    }

    @Test
    void locatorIntoAnotherNode() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "Shop.404").method("", "GET", "Shop.get").locator("orders", 1).locator("orders/{id}/lines", 2);
        b.node(1, "Orders.404").method("", "GET", "Orders.list").method("", "POST", "Orders.create")
                .method("{id}", "GET", "Orders.one");
        b.node(2, "Lines.404").method("", "GET", "Lines.list").method("{n}", "DELETE", "Lines.delete");
        RouteTable<String> t = b.root("shop", 0).build();
        assertRoute(t, "GET", "shop", "Shop.get");
        assertRoute(t, "GET", "shop/orders", "Orders.list");
        assertRoute(t, "POST", "shop/orders/", "Orders.create");
        assertRoute(t, "GET", "shop/orders/7", "Orders.one");
        assertRoute(t, "GET", "shop/orders/7/lines", "Lines.list");
        assertRoute(t, "DELETE", "shop/orders/7/lines/2", "Lines.delete");
        assertRoute(t, "GET", "shop/orders/7/lines/2/x", "Lines.404");
        assertRoute(t, "GET", "shop/orders/7/x", "Orders.404");
        assertRoute(t, "GET", "shop/x", "Shop.404");
    }

    @Test
    void locatorCycle() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "Tree.404").method("", "GET", "Tree.get").method("leaf", "GET", "Tree.leaf").locator("{child}", 0);
        RouteTable<String> t = b.root("tree", 0).build();
        assertRoute(t, "GET", "tree", "Tree.get");
        assertRoute(t, "GET", "tree/a", "Tree.get");
        assertRoute(t, "GET", "tree/a/b/c/d/", "Tree.get");
        assertRoute(t, "GET", "tree/a/b/leaf", "Tree.leaf");
        assertRoute(t, "GET", "tree/a//b", "Tree.404");
        assertRoute(t, "GET", "tree/" + "x/".repeat(20_000), "Tree.get");
    }

    @Test
    void locatorCycleThroughTwoNodesAndEmptyTemplateLocatorTerminate() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "A.404").method("", "GET", "A.get").locator("b", 1).locator("", 0);
        b.node(1, "B.404").method("", "GET", "B.get").locator("a", 0).locator("/", 1);
        RouteTable<String> t = b.root("a", 0).build();
        assertRoute(t, "GET", "a/b/a/b", "B.get");
        assertRoute(t, "GET", "a/b/a", "A.get");
        // the empty locator matches anything and consumes nothing: a cycle, stopped by the stall guard
        assertRoute(t, "GET", "a/b/x", "B.404");
        assertRoute(t, "GET", "a/x", "A.404");
    }

    @Test
    void opaqueLocatorCoversEveryPathBelowIt() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "Api.404")
                .method("", "GET", "Api.get")
                .method("plugins/status", "GET", "Api.status")
                .opaqueLocator("plugins/{name}", "Plugin.any")
                .opaqueLocator("nopolicy", null);
        RouteTable<String> t = b.root("api", 0).build();
        assertRoute(t, "GET", "api/plugins/x", "Plugin.any");
        assertRoute(t, "DELETE", "api/plugins/x/", "Plugin.any");
        assertRoute(t, "GET", "api/plugins/x/a/b/c", "Plugin.any");
        assertRoute(t, "GET", "api/plugins/status", "Api.status");
        // with a remainder the more specific method template is dropped and the locator takes it
        assertRoute(t, "GET", "api/plugins/status/more", "Plugin.any");
        assertRoute(t, "GET", "api/nopolicy/x", null);
        assertRoute(t, "GET", "api/plugins", "Api.404");
    }

    @Test
    void methodsBeatALocatorWithTheSameTemplate() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "R.404").method("{id}", "GET", "R.one").locator("{id}", 1);
        b.node(1, "Sub.404").method("", "GET", "Sub.get").method("{x}", "GET", "Sub.x");
        RouteTable<String> t = b.root("r", 0).build();
        assertRoute(t, "GET", "r/1", "R.one");
        assertRoute(t, "GET", "r/1/", "R.one");
        assertRoute(t, "GET", "r/1/2", "Sub.x");
        assertRoute(t, "GET", "r/1/2/3", "Sub.404");
    }

    @Test
    void severalVariablesInOneSegment() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "F.404")
                .method("{a}-{b}.json", "GET", "F.pair")
                .method("{name}.{ext}", "GET", "F.file")
                .method("v{major}{minor}", "GET", "F.version");
        RouteTable<String> t = b.root("f", 0).build();
        assertRoute(t, "GET", "f/x-y.json", "F.pair");
        assertRoute(t, "GET", "f/x-y-z.json", "F.pair");
        assertRoute(t, "GET", "f/a.b-c.json", "F.pair");
        assertRoute(t, "GET", "f/-y.json", "F.file"); // {a} needs at least one character
        assertRoute(t, "GET", "f/x-.json", "F.file");
        assertRoute(t, "GET", "f/x-y.jsonx", "F.file");
        assertRoute(t, "GET", "f/x.y", "F.file");
        assertRoute(t, "GET", "f/v12", "F.version");
        assertRoute(t, "GET", "f/v1", "F.404"); // two variables need two characters
        assertRoute(t, "GET", "f/x", "F.404");
        assertRoute(t, "GET", "f/x-y.json/z", "F.404");
    }

    @Test
    void regexVariableConsumesSlashes() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "Files.404")
                .method("", "GET", "Files.list")
                .method("{path: .+}", "GET", "Files.get")
                .method("meta/{path: .+}", "GET", "Files.meta")
                .method("{path: .+}/raw", "PUT", "Files.raw");
        RouteTable<String> t = b.root("files", 0).build();
        assertRoute(t, "GET", "files", "Files.list");
        assertRoute(t, "GET", "files/a", "Files.get");
        assertRoute(t, "GET", "files/a/b/c.txt", "Files.get");
        assertRoute(t, "GET", "files/a/b/", "Files.get");
        assertRoute(t, "GET", "files/meta/a/b", "Files.meta");
        assertRoute(t, "PUT", "files/a/b/raw", "Files.raw");
        assertRoute(t, "PUT", "files/a/b/raw/", "Files.raw");
        // the greedy regex eats the remainder, so {path: .+}/raw wins on the sort key; it has no GET, so
        // a GET goes on to {path: .+} (Jersey's PathMatchingRouter), while a DELETE is a 405 at the winner
        assertRoute(t, "GET", "files/a/raw", "Files.get");
        assertRoute(t, "DELETE", "files/a/raw", "Files.raw");
    }

    @Test
    void regexRootTemplate() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "D.404").method("", "GET", "D.get").method("x", "GET", "D.x");
        b.node(1, "W.404").method("", "GET", "W.get");
        RouteTable<String> t = b.root("docs/{v: v[0-9]+}", 0).root("docs/{page}", 1).build();
        assertRoute(t, "GET", "docs/v2", "D.get");
        assertRoute(t, "GET", "docs/v2/x", "D.x");
        assertRoute(t, "GET", "docs/V2", "W.get");
        assertRoute(t, "GET", "docs/v2/y", "D.404");
        assertRoute(t, "GET", "docs/intro/x", null);
    }

    @Test
    void competingTemplatesBySortKey() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "K.404")
                .method("{a}", "GET", "K.var")
                .method("{a: .+}", "GET", "K.regex")
                .method("{a}/{b}", "GET", "K.twoVars")
                .method("{a: [a-z]+}/{b}", "GET", "K.regexAndVar")
                .method("ab{c}", "GET", "K.twoLiterals")
                .method("a{b}{c}", "GET", "K.oneLiteralTwoVars")
                .method("{a}{b}{c}", "GET", "K.threeVars");
        RouteTable<String> t = b.root("k", 0).build();
        // more literal characters win
        assertRoute(t, "GET", "k/abc", "K.twoLiterals");
        // equal literals: more variables win
        assertRoute(t, "GET", "k/acd", "K.oneLiteralTwoVars");
        // no literals: three variables beat one
        assertRoute(t, "GET", "k/xyz", "K.threeVars");
        // equal literals and variables: the explicit regex wins
        assertRoute(t, "GET", "k/xy", "K.regex");
        assertRoute(t, "GET", "k/x", "K.regex");
        // "/" counts as a literal character: {a}/{b} (1,2,0) and {a: [a-z]+}/{b} (1,2,1)
        assertRoute(t, "GET", "k/x/y", "K.regexAndVar");
        assertRoute(t, "GET", "k/9/y", "K.twoVars");
        // only {a: .+} consumes the whole remainder; the others are dropped
        assertRoute(t, "GET", "k/x/y/z", "K.regex");
    }

    @Test
    void literalCountBeatsVariablesAcrossRoots() {
        RouteTable.Builder<String> b = builder();
        b.node(0, null).method("", "GET", "Lit.get");
        b.node(1, null).method("", "GET", "Var.get");
        b.node(2, null).method("", "GET", "Regex.get");
        RouteTable<String> t = b.root("{x}/users", 1).root("me/users", 0).root("{x: m.}/users", 2).build();
        assertRoute(t, "GET", "me/users", "Lit.get");
        assertRoute(t, "GET", "mx/users", "Regex.get");
        assertRoute(t, "GET", "you/users", "Var.get");
    }

    @Test
    void rootsSharingATemplateRegexAreMerged() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "X.404").method("", "GET", "X.get").method("a", "GET", "X.a");
        b.node(1, "Y.404").method("", "PUT", "Y.put").method("a", "POST", "Y.a").method("b", "GET", "Y.b");
        b.node(2, "Z.404").method("", "DELETE", "Z.delete");
        RouteTable<String> t = b.root("{x}", 0).root("/{y}/", 1).root("{z}", 2).build();
        assertRoute(t, "GET", "1", "X.get");
        assertRoute(t, "PUT", "1", "Y.put");
        assertRoute(t, "DELETE", "1", "Z.delete");
        assertRoute(t, "PATCH", "1", "X.get"); // first method of the merged set
        assertRoute(t, "GET", "1/a", "X.a");
        assertRoute(t, "POST", "1/a", "Y.a");
        assertRoute(t, "PATCH", "1/a", "X.a");
        assertRoute(t, "GET", "1/b", "Y.b");
        assertRoute(t, "GET", "1/c", "X.404"); // fallback of the first root with sub-resources
    }

    @Test
    void mergedRootFallbackWithRemainderIsTheFirstWithSubResources() {
        RouteTable.Builder<String> b = builder();
        b.node(0, "Plain.404").method("", "GET", "Plain.get");
        b.node(1, "Deep.404").method("x", "GET", "Deep.x");
        RouteTable<String> t = b.root("{a}", 0).root("{b}", 1).build();
        assertRoute(t, "GET", "q", "Plain.get");
        assertRoute(t, "GET", "q/x", "Deep.x");
        assertRoute(t, "GET", "q/y", "Deep.404");
    }

    @Test
    void emptyRoot() {
        for (String template : new String[] {"", "/"}) {
            RouteTable.Builder<String> b = builder();
            b.node(0, "Root.404").method("", "GET", "Root.get").method("status", "GET", "Root.status")
                    .method("{page}", "GET", "Root.page");
            b.node(1, "Items.404").method("", "GET", "Items.list");
            RouteTable<String> t = b.root(template, 0).root("items", 1).build();
            assertEquals("Root.get", t.lookup("", "GET"), template);
            assertEquals("Root.get", t.lookup("/", "GET"), template);
            assertRoute(t, "GET", "status", "Root.status");
            assertRoute(t, "GET", "about", "Root.page");
            assertRoute(t, "GET", "items", "Items.list");
            // items has no sub-resources: with a remainder the empty root takes over
            assertRoute(t, "GET", "items/1", "Root.404");
            assertRoute(t, "GET", "a/b", "Root.404");
        }
    }

    @Test
    void childTemplateSlashIsTheResourceMethod() {
        RouteTable.Builder<String> b = builder();
        b.node(0, null).method("/", "GET", "A.get").method("", "POST", "A.post");
        RouteTable<String> t = b.root("a", 0).build();
        assertRoute(t, "GET", "a", "A.get");
        assertRoute(t, "POST", "a/", "A.post");
    }

    @Test
    void multiSegmentLiteralTemplates() {
        RouteTable.Builder<String> b = builder();
        b.node(0, null).method("", "GET", "V1.get").method("b/c", "GET", "V1.bc");
        b.node(1, null).method("", "GET", "V2.get");
        RouteTable<String> t = b.root("api/v1", 0).root("api/v2/x", 1).build();
        assertRoute(t, "GET", "api/v1", "V1.get");
        assertRoute(t, "GET", "api/v1/b/c", "V1.bc");
        assertRoute(t, "GET", "api/v2/x", "V2.get");
        assertRoute(t, "GET", "api/v2", null);
        assertRoute(t, "GET", "api", null);
        assertRoute(t, "GET", "api/v1x", null);
    }
}
