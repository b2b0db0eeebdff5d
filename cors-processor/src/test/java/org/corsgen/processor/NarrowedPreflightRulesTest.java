package org.corsgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static javax.tools.Diagnostic.Kind.WARNING;
import static org.corsgen.processor.Compile.compile;
import static org.corsgen.processor.Compile.expect;
import static org.corsgen.processor.Compile.generated;
import static org.corsgen.processor.Compile.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

import com.google.testing.compile.Compilation;

import org.corsgen.runtime.CorsPolicy;
import org.corsgen.runtime.routing.RouteTable;
import org.junit.jupiter.api.Test;

/**
 * WARNING where a preflight cannot tell methods with different policies apart (media-type variants, a
 * locator that may return a subclass): the message says the preflight uses their narrowest; the table
 * narrows them.
 */
class NarrowedPreflightRulesTest {

    private static final String OPEN = "https://open.example";
    private static final String STRICT = "https://strict.example";

    private static final JavaFileObject NEGOTIATED = source("test.Neg",
            "@Path(\"neg\")",
            "public class Neg {",
            "  @GET @Produces(\"application/json\")",
            "  @CrossOrigin(origins = \"" + OPEN + "\", credentials = true)",
            "  public String json() { return \"{}\"; }",
            "  @GET @Produces(\"text/html\")",
            "  @CrossOrigin(origins = \"" + STRICT + "\")",
            "  public String html() { return \"\"; }",
            "}");

    @Test
    void mediaTypeVariantsWithDifferentPoliciesWarnThatThePreflightIsNarrowed() throws Exception {
        Compilation c = compile(NEGOTIATED);
        assertThat(c).succeeded();
        // one warning on each of the two annotations (lines 7 and 10: the package and imports come first)
        List<Long> lines = c.diagnostics().stream()
                .filter(d -> d.getKind() == WARNING)
                .filter(d -> List.of("GET /neg is served by 2 methods of Neg with different CORS policies", "json()",
                        "html()", "differ only in @Consumes/@Produces", "a preflight carries neither Content-Type nor Accept",
                        "only where every one of these policies allows it",
                        "each response gets the policy of the method that ran",
                        "Give these methods one policy, or put them on different paths").stream()
                        .allMatch(p -> Compile.message(d).contains(p)))
                .map(d -> d.getLineNumber()).sorted().toList();
        assertEquals(List.of(7L, 10L), lines, Compile.describe(c));
        assertThat(c).hadWarningCount(2);
        // the table: one GET entry whose policy is the narrowest (no origin is allowed by both)
        RouteTable<?> table = Compile.routeTable(c, "test.TestCorsFilter");
        CorsPolicy neg = (CorsPolicy) table.lookup("neg", "GET");
        assertNotNull(neg);
        assertTrue(neg.isNarrowed(), neg.toString());
        assertFalse(neg.allowsOrigin(OPEN));
        assertFalse(neg.allowsOrigin(STRICT));
        assertFalse(neg.credentials());
        // the report says which routes are narrowed, and why
        String md = c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/corsgen/test.Test.md").orElseThrow()
                .getCharContent(true).toString();
        assertTrue(md.contains("## Preflights answered with the narrowest policy\n"), md);
        assertTrue(md.contains("| `GET /neg` | methods that differ only in @Consumes/@Produces: test.Neg.json(), test.Neg.html() |"),
                md);
        assertTrue(md.indexOf("## Preflights answered") < md.indexOf("## Routes"), md);
        // and the handler lines still give each method its own policy
        String filter = generated(c, "test.TestCorsFilter");
        assertTrue(filter.contains("handler test.Neg json \"\" P"), filter);
        assertTrue(filter.contains("handler test.Neg html \"\" P"), filter);
    }

    @Test
    void mediaTypeVariantsWithOnePolicyAreQuiet() throws Exception {
        JavaFileObject src = source("test.Neg",
                "@Path(\"neg\") @CrossOrigin(origins = \"" + OPEN + "\")",
                "public class Neg {",
                "  @POST @Consumes(\"text/plain\") public void text(String s) { }",
                "  @POST @Consumes(\"application/json\") public void json(String s) { }",
                "}");
        Compilation c = compile(Compile.STRICT, src);
        assertThat(c).succeededWithoutWarnings();
        CorsPolicy post = (CorsPolicy) Compile.routeTable(c, "test.TestCorsFilter").lookup("neg", "POST");
        assertFalse(post.isNarrowed());
        assertTrue(post.allowsOrigin(OPEN));
    }

    private static final JavaFileObject LOCATOR = source("test.Loc",
            "@Path(\"loc2\") @CrossOrigin(origins = \"" + OPEN + "\", credentials = true, methods = {\"GET\", \"DELETE\"})",
            "public class Loc {",
            "  @Path(\"s\") public Base sub() { return new Derived(); }",
            "  public static class Base {",
            "    @GET public String get() { return \"base\"; }",
            "  }",
            "  public static class Derived extends Base {",
            "    @DELETE @Path(\"danger\") @CrossOrigin(origins = \"" + STRICT + "\")",
            "    public void danger() { }",
            "  }",
            "}");

    @Test
    void aLocatorLeadsToTheSubclassesOfItsReturnTypeToo() throws Exception {
        Compilation c = compile(LOCATOR);
        assertThat(c).succeeded();
        // the subclass's annotation takes part: no "has no effect" warning, no narrowing either (no overlap)
        assertThat(c).hadWarningCount(0);
        assertFalse(c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/corsgen/test.Test.md").orElseThrow()
                .getCharContent(true).toString().contains("narrowest"));
        String filter = generated(c, "test.TestCorsFilter");
        assertTrue(filter.contains("\n            locator s 1 2\n"), filter);
        assertTrue(filter.contains("handler test.Loc$Derived danger \"\" P"), filter);
        assertTrue(filter.contains("handler test.Loc$Derived get \"\" P"), filter);
        assertTrue(filter.contains("handler test.Loc$Base get \"\" P"), filter);
        RouteTable<?> table = Compile.routeTable(c, "test.TestCorsFilter");
        CorsPolicy danger = (CorsPolicy) table.lookup("loc2/s/danger", "DELETE");
        assertTrue(danger.allowsOrigin(STRICT), danger.toString());
        assertFalse(danger.allowsOrigin(OPEN), "the method that runs is Derived's: " + danger);
        CorsPolicy get = (CorsPolicy) table.lookup("loc2/s", "GET");
        assertTrue(get.allowsOrigin(OPEN), get.toString());
    }

    @Test
    void aSubclassThatOverridesWithAnotherPolicyWarnsThatThePreflightIsNarrowed() throws Exception {
        JavaFileObject src = source("test.Loc",
                "@Path(\"loc\") @CrossOrigin(origins = \"" + OPEN + "\")",
                "public class Loc {",
                "  @Path(\"s\") public Base sub() { return new Derived(); }",
                "  public static class Base {",
                "    @GET public String get() { return \"base\"; }",
                "  }",
                "  public static class Derived extends Base {",
                "    @GET @CrossOrigin(origins = \"" + STRICT + "\")",
                "    @Override public String get() { return \"derived\"; }",
                "  }",
                "}");
        Compilation c = compile(src);
        assertThat(c).succeeded();
        expect(c, WARNING, src, "origins = \"" + STRICT + "\"", "the sub-resource locator @Path(\"s\") of Loc returns Base",
                "its subclasses", "give GET /loc/s different CORS policies",
                "the container runs the method of the class of the object the locator returns",
                "only where every one of these policies allows it",
                "Give the overriding methods the policy of the methods they override");
        assertThat(c).hadWarningCount(1);
        String md = c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/corsgen/test.Test.md").orElseThrow()
                .getCharContent(true).toString();
        assertTrue(md.contains("| `GET /loc/s` | the locator may return a subclass: test.Loc.Base.get(), test.Loc.Derived.get() |"),
                md);
        CorsPolicy get = (CorsPolicy) Compile.routeTable(c, "test.TestCorsFilter").lookup("loc/s", "GET");
        assertTrue(get.isNarrowed(), get.toString());
        assertFalse(get.allowsOrigin(OPEN));
        assertFalse(get.allowsOrigin(STRICT));
        assertEquals(List.of("GET"), get.methods());
    }
}
