package org.corsgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static javax.tools.Diagnostic.Kind.ERROR;
import static javax.tools.Diagnostic.Kind.WARNING;
import static org.corsgen.processor.Compile.compile;
import static org.corsgen.processor.Compile.expect;
import static org.corsgen.processor.Compile.getMethodWith;
import static org.corsgen.processor.Compile.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import javax.tools.JavaFileObject;

import com.google.testing.compile.Compilation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The origin rules as the processor reports them: each problem found by the runtime's {@code OriginRules}
 * becomes one diagnostic on the array element it is about, with the value quoted and the fix.
 */
class OriginRulesTest {

    /** value written, then parts the message must contain (the value quoted, and the fix where there is one). */
    static Stream<Arguments> malformedOrigins() {
        return Stream.of(
                Arguments.of("https://app.example.com/", new String[] {"\"https://app.example.com\""}),
                Arguments.of("https://app.example.com/api", new String[] {"\"https://app.example.com\""}),
                Arguments.of("https://app.example.com?x=1", new String[] {"\"https://app.example.com\""}),
                Arguments.of("https://app.example.com#top", new String[] {"\"https://app.example.com\""}),
                Arguments.of("https://user@app.example.com", new String[] {"\"https://app.example.com\""}),
                Arguments.of(" https://app.example.com", new String[] {"\"https://app.example.com\""}),
                Arguments.of("https://App.Example.com", new String[] {"\"https://app.example.com\""}),
                Arguments.of("https://app.example.com:443", new String[] {"\"https://app.example.com\""}),
                Arguments.of("http://app.example.com:80", new String[] {"\"http://app.example.com\""}),
                Arguments.of("https://app.example.com:0", new String[] {}),
                Arguments.of("https://app.example.com:70000", new String[] {}),
                Arguments.of("app.example.com", new String[] {"://app.example.com\""}),
                Arguments.of("https://b\u00fccher.example", new String[] {"xn--bcher-kva.example"}),
                Arguments.of("null", new String[] {}),
                Arguments.of("https://*example.com", new String[] {}),
                Arguments.of("https://*", new String[] {}),
                Arguments.of("*.example.com", new String[] {}),
                Arguments.of("https://*.com", new String[] {}),
                Arguments.of("https://*.co.uk", new String[] {}),
                Arguments.of("https://*.github.io", new String[] {}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedOrigins")
    void malformedOriginIsAnErrorOnItsArrayElement(String origin, String[] fix) {
        String quoted = "\"" + origin + "\"";
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = {",
                "      \"https://fine.example.com\",",
                "      " + javaLiteral(origin) + "})");
        Compilation c = compile(src);
        assertThat(c).failed();
        assertEquals(1, Compile.count(c, ERROR), Compile.describe(c));
        String message = expect(c, ERROR, src, javaLiteral(origin) + "})", quoted);
        for (String part : fix) {
            assertThat(c).hadErrorContaining(part);
            org.junit.jupiter.api.Assertions.assertTrue(message.contains(part), message);
        }
        assertThat(c).hadErrorContaining(quoted).inFile(src).onLineContaining(javaLiteral(origin) + "})");
    }

    @Test
    void wildcardWithCredentialsOnOneAnnotation() {
        JavaFileObject src = getMethodWith("  @CrossOrigin(origins = \"*\", credentials = true)");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "@CrossOrigin(origins = \"*\", credentials = true)", "\"*\"", "credentials");
        Compile.assertNothingGenerated(src);
    }

    @Test
    void wildcardOnClassWithCredentialsOnMethodIsReportedOnTheMethod() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\")",
                "@CrossOrigin(origins = \"*\")",
                "public class Orders {",
                "  @GET @CrossOrigin(credentials = true) public String list() { return \"\"; }",
                "  @GET @Path(\"{id}\") public String one() { return \"\"; }",
                "}");
        Compilation c = compile(src);
        assertThat(c).failed();
        assertEquals(1, Compile.count(c, ERROR), Compile.describe(c));
        expect(c, ERROR, src, "@CrossOrigin(credentials = true)", "\"*\"",
                "comes from the @CrossOrigin on class test.Orders");
    }

    @Test
    void credentialsOnClassWithWildcardOnMethodIsReportedOnTheMethodsOrigin() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\")",
                "@CrossOrigin(origins = \"https://app.example.com\", credentials = true)",
                "public class Orders {",
                "  @GET @CrossOrigin(origins = \"*\") public String list() { return \"\"; }",
                "}");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "@CrossOrigin(origins = \"*\")", "\"*\"",
                "credentials = true comes from the @CrossOrigin on class test.Orders");
    }

    @Test
    void classLevelProblemIsReportedOnceHoweverManyMethodsItAppliesTo() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\")",
                "@CrossOrigin(origins = \"https://app.example.com/\")",
                "public class Orders {",
                "  @GET public String a() { return \"\"; }",
                "  @POST public String b() { return \"\"; }",
                "  @GET @Path(\"c\") public String c() { return \"\"; }",
                "  @GET @Path(\"d\") @CrossOrigin(maxAge = 60) public String d() { return \"\"; }",
                "}");
        Compilation c = compile(src);
        assertThat(c).failed();
        assertEquals(1, Compile.count(c, ERROR), Compile.describe(c));
        expect(c, ERROR, src, "@CrossOrigin(origins = \"https://app.example.com/\")", "\"https://app.example.com/\"");
    }

    @Test
    void wildcardMixedWithOrigins() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = {",
                "      \"https://app.example.com\",",
                "      \"*\"})");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "\"*\"})", "\"*\"");
    }

    @Test
    void emptyOriginsIsAnErrorOnTheInnermostAnnotation() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\")",
                "@CrossOrigin(credentials = true)",
                "public class Orders {",
                "  @GET @CrossOrigin(maxAge = 60) public String list() { return \"\"; }",
                "}");
        Compilation c = compile(src);
        assertThat(c).failed();
        assertEquals(1, Compile.count(c, ERROR), Compile.describe(c));
        expect(c, ERROR, src, "@CrossOrigin(maxAge = 60)");
    }

    @Test
    void explicitlyEmptyOriginsMeansInherit() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\")",
                "@CrossOrigin(origins = \"https://app.example.com\")",
                "public class Orders {",
                "  @GET @CrossOrigin(origins = {}) public String list() { return \"\"; }",
                "}");
        Compilation c = compile(src);
        assertThat(c).succeededWithoutWarnings();
    }

    @Test
    void wildcardWithPrivateNetwork() {
        JavaFileObject src = getMethodWith("  @CrossOrigin(origins = \"*\", privateNetwork = true)");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "privateNetwork = true", "\"*\"");
    }

    @Test
    void plainHttpOriginWithCredentialsIsAWarning() {
        JavaFileObject src = getMethodWith("  @CrossOrigin(origins = \"http://app.example.com\", credentials = true)");
        Compilation c = compile(src);
        assertThat(c).succeeded();
        expect(c, WARNING, src, "credentials = true", "\"http://app.example.com\"");
    }

    @Test
    void loopbackHttpOriginWithCredentialsIsFine() {
        JavaFileObject src = getMethodWith("  @CrossOrigin(origins = \"http://localhost:3000\", credentials = true)");
        assertThat(compile(src)).succeededWithoutWarnings();
    }

    @Test
    void repeatedOriginIsAWarningOnTheRepetition() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = {",
                "      \"https://a.example.com\",",
                "      \"https://a.example.com\"})");
        Compilation c = compile(src);
        assertThat(c).succeeded();
        expect(c, WARNING, src, "\"https://a.example.com\"})", "\"https://a.example.com\"");
    }

    static String javaLiteral(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            b.append(ch < 0x80 ? String.valueOf(ch) : String.format("\\u%04x", (int) ch));
        }
        return b.append('"').toString();
    }
}
