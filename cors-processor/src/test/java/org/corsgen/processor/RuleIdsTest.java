package org.corsgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static javax.tools.Diagnostic.Kind.ERROR;
import static javax.tools.Diagnostic.Kind.WARNING;
import static org.corsgen.processor.Compile.compile;
import static org.corsgen.processor.Compile.count;
import static org.corsgen.processor.Compile.expect;
import static org.corsgen.processor.Compile.getMethodWith;
import static org.corsgen.processor.Compile.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.tools.JavaFileObject;

import com.google.testing.compile.Compilation;

import org.junit.jupiter.api.Test;

/**
 * Every diagnostic starts with its stable rule id, {@code [corsgen:<rule>] }; a warning is silenced by
 * {@code @SuppressWarnings("corsgen:<rule>")} or {@code @SuppressWarnings("corsgen")} on its element or an
 * enclosing one; an error never is.
 */
class RuleIdsTest {

    private static final String ABOVE_CHROMIUM = "[corsgen:max-age-above-chromium] maxAge 7201 is more than 7200"
            + " seconds: Chromium caps it at 7200 (2 hours) and Safari at 600; write maxAge = 7200 or less to say"
            + " what browsers will do";

    @Test
    void everyDiagnosticStartsWithItsRuleId() {
        JavaFileObject src = getMethodWith("  @CrossOrigin(origins = {\"*\", \"https://app.example.com/\"},",
                "      credentials = true, maxAge = 7201, methods = \"patch\")");
        Compilation c = compile(src);
        assertEquals(ABOVE_CHROMIUM, expect(c, WARNING, src, "maxAge = 7201", "maxAge 7201"));
        assertTrue(expect(c, ERROR, src, "origins =", "cannot be combined with credentials")
                .startsWith("[corsgen:origin-wildcard-with-credentials] origin \"*\" cannot be combined"));
        expect(c, ERROR, src, "origins =", "[corsgen:origin-wildcard-mixed] origin \"*\" is mixed");
        expect(c, ERROR, src, "origins =", "[corsgen:origin-trailing-slash] origin \"https://app.example.com/\""
                + " has a trailing '/'; browsers send \"https://app.example.com\"");
        expect(c, ERROR, src, "maxAge = 7201", "[corsgen:method-case] method \"patch\" is not \"PATCH\"");
        c.diagnostics().stream().filter(d -> d.getKind() == ERROR || d.getKind() == WARNING).forEach(d ->
                assertTrue(Compile.message(d).matches("(?s)\\[corsgen:[a-z0-9-]+\\] .+"), Compile.message(d)));
    }

    @Test
    void aWarningIsSilencedByItsRuleOnTheMethod() {
        JavaFileObject src = getMethodWith("  @SuppressWarnings(\"corsgen:max-age-above-chromium\")",
                "  @CrossOrigin(origins = \"https://app.example.com\", maxAge = 7201)");
        Compilation c = compile(Compile.STRICT, src);
        assertThat(c).succeededWithoutWarnings();
    }

    @Test
    void corsgenAloneOnTheClassSilencesEveryWarningOfItsMethods() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\")",
                "@SuppressWarnings(\"corsgen\")",
                "public class Orders {",
                "  @GET @CrossOrigin(origins = {\"https://a.example.com\", \"https://a.example.com\"}, maxAge = 7201,",
                "      allowedHeaders = \"Cookie\", methods = {\"GET\", \"PUT\"})",
                "  public String list() { return \"\"; }",
                "}");
        Compilation c = compile(Compile.STRICT, src);
        assertThat(c).succeededWithoutWarnings();
    }

    @Test
    void anotherRuleStaysReported() {
        JavaFileObject src = getMethodWith("  @SuppressWarnings({\"corsgen:origin-duplicate\", \"unchecked\"})",
                "  @CrossOrigin(origins = \"https://app.example.com\", maxAge = 7201)");
        Compilation c = compile(src);
        assertEquals(ABOVE_CHROMIUM, expect(c, WARNING, src, "maxAge = 7201", "maxAge 7201"));
        assertEquals(1, count(c, WARNING), Compile.describe(c));
    }

    @Test
    void anErrorIsNeverSilenced() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\")",
                "@SuppressWarnings({\"corsgen\", \"corsgen:max-age-too-long\", \"corsgen:method-forbidden\"})",
                "public class Orders {",
                "  @SuppressWarnings({\"corsgen\", \"corsgen:max-age-too-long\"})",
                "  @GET @CrossOrigin(origins = \"https://app.example.com\", maxAge = 86401,",
                "      methods = {\"GET\", \"CONNECT\"})",
                "  public String list() { return \"\"; }",
                "}");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "maxAge = 86401", "[corsgen:max-age-too-long] maxAge 86401 is more than 86400");
        expect(c, ERROR, src, "\"CONNECT\"", "[corsgen:method-forbidden] method \"CONNECT\" can never be sent");
        assertEquals(2, count(c, ERROR), Compile.describe(c));
    }

    /**
     * The default methods (those served) leave out what a method rule refuses, which CorsPolicy.Builder
     * would refuse too when the generated filter starts: a custom {@code @HttpMethod("TRACE")}.
     */
    @Test
    void servedMethodsThatBreakAMethodRuleAreNoDefault() throws ReflectiveOperationException {
        JavaFileObject trace = source("test.TRACE",
                "@java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)",
                "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
                "@HttpMethod(\"TRACE\")",
                "public @interface TRACE {",
                "}");
        JavaFileObject orders = source("test.Orders",
                "@Path(\"orders\") @CrossOrigin(origins = \"https://app.example.com\")",
                "public class Orders {",
                "  @GET public String list() { return \"\"; }",
                "  @TRACE public String trace() { return \"\"; }",
                "}");
        Compilation c = compile(trace, orders);
        assertThat(c).succeeded();
        Object policy = Compile.routeTable(c, "test.TestCorsFilter").lookup("orders", "GET");
        assertEquals(java.util.List.of("GET"), ((org.corsgen.runtime.CorsPolicy) policy).methods());
    }

    @Test
    void aPlacementWarningIsSilencedOnTheClass() {
        JavaFileObject helper = source("test.Helper",
                "@SuppressWarnings(\"corsgen:no-effect\")",
                "@CrossOrigin(origins = \"https://app.example.com\")",
                "public class Helper {",
                "}");
        JavaFileObject loud = source("test.Loud",
                "@CrossOrigin(origins = \"https://app.example.com\")",
                "public class Loud {",
                "}");
        Compilation c = compile(helper, loud);
        expect(c, WARNING, loud, "@CrossOrigin", "[corsgen:no-effect] @CrossOrigin on class test.Loud has no effect");
        assertEquals(1, count(c, WARNING), Compile.describe(c));
    }
}
