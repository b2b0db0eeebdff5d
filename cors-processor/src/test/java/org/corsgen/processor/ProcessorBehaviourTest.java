package org.corsgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static javax.tools.Diagnostic.Kind.ERROR;
import static javax.tools.Diagnostic.Kind.WARNING;
import static org.corsgen.processor.Compile.compile;
import static org.corsgen.processor.Compile.expect;
import static org.corsgen.processor.Compile.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javax.tools.JavaFileObject;

import com.google.testing.compile.Compilation;

import org.junit.jupiter.api.Test;

/** Whole-processor behaviour: every error in one pass, nothing written on error, options, nothing to do. */
class ProcessorBehaviourTest {

    private static final JavaFileObject MANY_MISTAKES = source("test.Orders",
            "@Path(\"orders\")",
            "@CrossOrigin(origins = {",
            "    \"https://app.example.com/\",",
            "    \"null\"},",
            "    maxAge = -5)",
            "public class Orders {",
            "  @GET",
            "  @CrossOrigin(methods = \"TRACE\",",
            "      allowedHeaders = \"X Bad\",",
            "      exposedHeaders = \"Set-Cookie\")",
            "  public String list() { return \"\"; }",
            "}");

    @Test
    void reportsEveryErrorInOnePass() {
        Compilation c = compile(MANY_MISTAKES);
        assertThat(c).failed();
        assertEquals(5, Compile.count(c, ERROR), Compile.describe(c));
        assertEquals(1, Compile.count(c, WARNING), Compile.describe(c));
        expect(c, ERROR, MANY_MISTAKES, "\"https://app.example.com/\",", "\"https://app.example.com/\"");
        expect(c, ERROR, MANY_MISTAKES, "\"null\"}", "\"null\"");
        expect(c, ERROR, MANY_MISTAKES, "maxAge = -5", "maxAge -5");
        expect(c, ERROR, MANY_MISTAKES, "methods = \"TRACE\"", "\"TRACE\"");
        expect(c, ERROR, MANY_MISTAKES, "allowedHeaders = \"X Bad\"", "\"X Bad\"");
        expect(c, WARNING, MANY_MISTAKES, "exposedHeaders = \"Set-Cookie\"", "\"Set-Cookie\"");
    }

    @Test
    void writesNothingWhenThereIsAnError() {
        Compilation c = compile(MANY_MISTAKES);
        assertThat(c).failed();
        Compile.assertNothingGenerated(MANY_MISTAKES);
    }

    @Test
    void generatesNothingWithoutCrossOrigin() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\") public class Orders { @GET public String list() { return \"\"; } }");
        Compilation c = compile(src);
        assertThat(c).succeededWithoutWarnings();
        Compile.assertNothingGenerated(src);
    }

    @Test
    void rejectsAnInvalidPackageOption() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\") @CrossOrigin(origins = \"https://app.example.com\")",
                "public class Orders { @GET public String list() { return \"\"; } }");
        List<String> options = List.of("-Acorsgen.package=com.example.1api", "-Acorsgen.name=class");
        Compilation c = compile(options, src);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("option -Acorsgen.package=com.example.1api is not a Java package name");
        assertThat(c).hadErrorContaining("option -Acorsgen.name=class is not a Java identifier");
        Compile.assertNothingGenerated(options, src);
    }
}
