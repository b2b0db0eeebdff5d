package org.corsgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static javax.tools.Diagnostic.Kind.ERROR;
import static org.corsgen.processor.Compile.compile;
import static org.corsgen.processor.Compile.expect;
import static org.corsgen.processor.Compile.source;

import javax.tools.JavaFileObject;

import com.google.testing.compile.Compilation;

import org.junit.jupiter.api.Test;

/** ERROR: a {@code @Path} template the route table cannot use fails the build, not the container's start. */
class TemplateRulesTest {

    @Test
    void aRegexThatDoesNotCompileIsAnErrorOnItsPath() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\") @CrossOrigin(origins = \"https://app.example.com\")",
                "public class Orders {",
                "  @GET @Path(\"{id: [0-9+}\") public String one() { return \"\"; }",
                "}");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "{id: [0-9+}", "@Path(\"{id: [0-9+}\") of test.Orders.one() is not a template Jakarta REST"
                + " can match", "variable regex \"[0-9+\" does not compile", "the container would fail at start-up",
                "Write variables as {name} or {name: regex}");
        assertThat(c).hadErrorCount(1);
        Compile.assertNothingGenerated(src);
    }

    @Test
    void unbalancedBracesOnAClassAreAnErrorToo() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders/{id\") @CrossOrigin(origins = \"https://app.example.com\")",
                "public class Orders {",
                "  @GET public String one() { return \"\"; }",
                "}");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "orders/{id", "@Path(\"orders/{id\") of class test.Orders is not a template",
                "'}' or ':' expected after variable name \"id\"");
    }

    @Test
    void validTemplatesPass() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"/orders/\") @CrossOrigin(origins = \"https://app.example.com\")",
                "public class Orders {",
                "  @GET @Path(\"{id: [0-9]{1,9}}/{part}\") public String one() { return \"\"; }",
                "  @GET @Path(\"{x.y-z}\") public String two() { return \"\"; }",
                "}");
        assertThat(compile(Compile.STRICT, src)).succeededWithoutWarnings();
    }
}
