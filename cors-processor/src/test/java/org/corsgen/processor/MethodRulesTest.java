package org.corsgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static javax.tools.Diagnostic.Kind.ERROR;
import static javax.tools.Diagnostic.Kind.WARNING;
import static org.corsgen.processor.Compile.compile;
import static org.corsgen.processor.Compile.expect;
import static org.corsgen.processor.Compile.getMethodWith;
import static org.corsgen.processor.Compile.source;

import javax.tools.JavaFileObject;

import com.google.testing.compile.Compilation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code methods}: tokens, forbidden methods, spelling, and methods the resource does not serve. */
class MethodRulesTest {

    private static JavaFileObject withMethods(String... methods) {
        StringBuilder list = new StringBuilder();
        for (String m : methods) {
            list.append(list.length() == 0 ? "" : ",\n").append("      \"").append(m).append('"');
        }
        return getMethodWith(
                "  @CrossOrigin(origins = \"https://app.example.com\", methods = {",
                list + "})");
    }

    @Test
    void methodThatIsNotATokenIsAnError() {
        JavaFileObject src = withMethods("GET", "GE T");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "\"GE T\"", "method \"GE T\" is not an HTTP token", "write \"GE-T\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONNECT", "TRACE", "TRACK"})
    void forbiddenMethodIsAnError(String method) {
        JavaFileObject src = withMethods("GET", method);
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "\"" + method + "\"})", "method \"" + method + "\" can never be sent by fetch()",
                "remove it");
    }

    @Test
    void lowerCasePatchIsAnError() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\")",
                "public class Orders {",
                "  @PATCH @CrossOrigin(origins = \"https://app.example.com\",",
                "      methods = \"patch\")",
                "  public void patch() { }",
                "}");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "methods = \"patch\"", "method \"patch\"",
                "browsers send PATCH and JAX-RS matches case-sensitively; write \"PATCH\"");
    }

    @Test
    void mixedCaseGetIsAnError() {
        JavaFileObject src = withMethods("Get");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "\"Get\"", "method \"Get\"", "write \"GET\"");
    }

    @Test
    void methodNotServedAtThePathIsAWarning() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\")",
                "public class Orders {",
                "  @GET @CrossOrigin(origins = \"https://app.example.com\",",
                "      methods = {\"GET\", \"PUT\"})",
                "  public String list() { return \"\"; }",
                "  @DELETE public void clear() { }",
                "  @PUT @Path(\"{id}\") public void put() { }",
                "}");
        Compilation c = compile(src);
        assertThat(c).succeeded();
        expect(c, WARNING, src, "methods = {\"GET\", \"PUT\"}", "method \"PUT\" is not served at /orders",
                "which serves GET, DELETE", "remove it");
        assertThat(c).hadWarningCount(1);
    }

    @Test
    void classLevelMethodsAreComparedWithEverythingTheClassServes() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\")",
                "@CrossOrigin(origins = \"https://app.example.com\", methods = {\"GET\", \"PUT\", \"PATCH\"})",
                "public class Orders {",
                "  @GET public String list() { return \"\"; }",
                "  @PUT @Path(\"{id}\") public void put() { }",
                "}");
        Compilation c = compile(src);
        assertThat(c).succeeded();
        expect(c, WARNING, src, "methods = {\"GET\", \"PUT\", \"PATCH\"}", "method \"PATCH\" is not served",
                "Orders", "GET, PUT");
        assertThat(c).hadWarningCount(1);
    }

    @Test
    void optionsAndHeadAreAlwaysServed() {
        JavaFileObject src = withMethods("GET", "HEAD", "OPTIONS");
        assertThat(compile(src)).succeededWithoutWarnings();
    }
}
