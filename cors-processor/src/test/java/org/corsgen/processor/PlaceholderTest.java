package org.corsgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static javax.tools.Diagnostic.Kind.ERROR;
import static javax.tools.Diagnostic.Kind.WARNING;
import static org.corsgen.processor.Compile.compile;
import static org.corsgen.processor.Compile.expect;
import static org.corsgen.processor.Compile.generated;
import static org.corsgen.processor.Compile.getMethodWith;
import static org.corsgen.processor.Compile.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import javax.tools.JavaFileObject;

import com.google.testing.compile.Compilation;

import org.corsgen.runtime.CorsStartupException;
import org.corsgen.testsupport.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ${...}} placeholders in {@code origins}: syntax errors and the default's problems at compile time,
 * and the generated filter resolving them (and failing) when its class is initialised.
 */
class PlaceholderTest {

    private static final String PROPERTY = "CORSGEN_TEST_ORIGINS";

    @AfterEach
    void clearProperty() {
        System.clearProperty(PROPERTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${CORS_ORIGINS", "${}", "${A B}", "$CORS_ORIGINS", "https://${HOST}", "${A:-https://a.example.com}"})
    void malformedPlaceholderIsACompileErrorOnItsArrayElement(String placeholder) {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = {",
                "      \"https://fine.example.com\",",
                "      \"" + placeholder + "\"})");
        Compilation c = compile(src);
        assertThat(c).failed();
        assertEquals(1, Compile.count(c, ERROR), Compile.describe(c));
        expect(c, ERROR, src, "\"" + placeholder + "\"})", "\"" + placeholder + "\"", "write");
        Compile.assertNothingGenerated(src);
    }

    @Test
    void theMessagesSayWhatToWrite() {
        JavaFileObject src = getMethodWith("  @CrossOrigin(origins = {\"${CORS_ORIGINS\", \"${}\", \"${A B}\"})");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("placeholder \"${CORS_ORIGINS\" has no closing '}'; write \"${CORS_ORIGINS}\"");
        assertThat(c).hadErrorContaining("placeholder \"${}\" has no name; write the name of a system property or"
                + " environment variable, e.g. \"${CORS_ORIGINS}\"");
        assertThat(c).hadErrorContaining("placeholder \"${A B}\" has the name \"A B\", but a name is a letter or '_'"
                + " followed by letters, digits, '_' and '.'; write \"${A_B}\"");
        assertEquals(3, Compile.count(c, ERROR), Compile.describe(c));
    }

    @Test
    void literalOriginsNextToAPlaceholderAreStillChecked() {
        JavaFileObject src = getMethodWith("  @CrossOrigin(origins = {\"https://app.example.com/\", \"${CORS_ORIGINS}\"})");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "@CrossOrigin", "origin \"https://app.example.com/\" has a trailing '/'");
        assertEquals(1, Compile.count(c, ERROR), Compile.describe(c));
    }

    @Test
    void theDefaultIsCheckedAtCompileTime() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(credentials = true, origins = {",
                "      \"https://app.example.com\",",
                "      \"${CORS_ORIGINS:https://staging.example.com/}\"})");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "\"${CORS_ORIGINS:https://staging.example.com/}\"})",
                "the default of \"${CORS_ORIGINS:https://staging.example.com/}\": origin \"https://staging.example.com/\""
                        + " has a trailing '/'; browsers send \"https://staging.example.com\"");
    }

    @Test
    void aStarDefaultWithCredentialsIsACompileError() {
        JavaFileObject src = getMethodWith("  @CrossOrigin(origins = \"${CORS_ORIGINS:*}\", credentials = true)");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "@CrossOrigin", "the default of \"${CORS_ORIGINS:*}\": origin \"*\" cannot be combined"
                + " with credentials = true");
    }

    @Test
    void aStarNextToAPlaceholderIsMixed() {
        JavaFileObject src = getMethodWith("  @CrossOrigin(origins = {\"*\", \"${CORS_ORIGINS}\"})");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "@CrossOrigin", "origin \"*\" is mixed with other origins");
    }

    @Test
    void aRepeatedPlaceholderIsAWarning() {
        JavaFileObject src = getMethodWith("  @CrossOrigin(origins = {\"${CORS_ORIGINS}\", \"${CORS_ORIGINS}\"})");
        Compilation c = compile(src);
        assertThat(c).succeeded();
        expect(c, WARNING, src, "@CrossOrigin", "placeholder \"${CORS_ORIGINS}\" is listed more than once");
    }

    @Test
    void policiesWithPlaceholdersAreResolvedByTheStartUpHelperOthersAreBuiltAsBefore() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\") @CrossOrigin(origins = {\"https://app.example.com\", \"${CORS_ORIGINS:http://localhost:3000}\"})",
                "public class Orders {",
                "  @GET public String list() { return \"\"; }",
                "  @GET @Path(\"public\") @CrossOrigin(origins = \"*\") public String open() { return \"\"; }",
                "}");
        Compilation c = compile(Compile.STRICT, src);
        assertThat(c).succeededWithoutWarnings();
        String filter = generated(c, "test.TestCorsFilter");
        assertTrue(filter.contains("private static final CorsPolicy P0 = STARTUP.resolve(CorsPolicy.builder()\n"
                + "            .origins(\"https://app.example.com\", \"${CORS_ORIGINS:http://localhost:3000}\")\n"
                + "            .credentials(false)\n"), filter);
        assertTrue(filter.contains("            .privateNetwork(false));\n"), filter);
        assertTrue(filter.contains(".origins(\"*\")\n"), filter);
        assertTrue(filter.contains("            .privateNetwork(false)\n            .build();\n"), filter);
    }

    // ---- the generated filter at start-up ------------------------------------------------------------

    private static final JavaFileObject CREDENTIALED = source("test.Orders",
            "@Path(\"orders\")",
            "@CrossOrigin(origins = {\"https://app.example.com\", \"${" + PROPERTY + ":https://staging.example.com}\"},",
            "    credentials = true)",
            "public class Orders {",
            "  @GET public String list() { return \"\"; }",
            "  @PUT @Path(\"{id}\") public void put() { }",
            "}");

    @Test
    void theGeneratedFilterResolvesThePropertyBeforeTheDefault() throws Exception {
        Compilation c = compile(CREDENTIALED);
        assertThat(c).succeededWithoutWarnings();
        try (LogCapture log = new LogCapture(Level.INFO)) {
            initialise(c); // nothing set: the default
            System.setProperty(PROPERTY, "https://qa.example.com, https://*.preview.example.com");
            initialise(c);
            assertEquals(List.of(
                    "corsgen: test.TestCorsFilter applies 3 CORS policies on 3 routes; origins resolved at start-up:"
                            + " ${" + PROPERTY + ":https://staging.example.com} = \"https://staging.example.com\" (default)"
                            + " gives [https://staging.example.com]; patterns checked against the Public Suffix List of Guava",
                    "corsgen: test.TestCorsFilter applies 3 CORS policies on 3 routes; origins resolved at start-up:"
                            + " ${" + PROPERTY + ":https://staging.example.com} = \"https://qa.example.com,"
                            + " https://*.preview.example.com\" (system property " + PROPERTY + ") gives"
                            + " [https://qa.example.com, https://*.preview.example.com]; patterns checked against the"
                            + " Public Suffix List of Guava"),
                    log.at(Level.INFO));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "https://qa.example.com/", "https://*.co.uk", "null", "https://qa.example.com:443", "${OTHER}"})
    void aBadValueFailsTheFiltersClassInitialisation(String value) {
        Compilation c = compile(CREDENTIALED);
        System.setProperty(PROPERTY, value);
        ExceptionInInitializerError e = assertThrows(ExceptionInInitializerError.class, () -> initialise(c));
        CorsStartupException cause = assertInstanceOf(CorsStartupException.class, e.getCause());
        String m = cause.getMessage();
        assertTrue(m.startsWith("corsgen: test.TestCorsFilter cannot start: "), m);
        assertTrue(m.contains("${" + PROPERTY + ":https://staging.example.com} = \"" + value + "\" (system property "
                + PROPERTY + ") breaks rule "), m);
    }

    @Test
    void anUnsetPlaceholderWithoutDefaultFailsTheFiltersClassInitialisation() {
        Compilation c = compile(source("test.Orders",
                "@Path(\"orders\") @CrossOrigin(origins = \"${" + PROPERTY + "_UNSET}\")",
                "public class Orders { @GET public String list() { return \"\"; } }"));
        assertThat(c).succeededWithoutWarnings();
        ExceptionInInitializerError e = assertThrows(ExceptionInInitializerError.class, () -> initialise(c));
        assertTrue(e.getCause().getMessage().contains("${" + PROPERTY + "_UNSET} (neither system property nor"
                + " environment variable " + PROPERTY + "_UNSET is set, and there is no default) breaks rule"
                + " placeholder-unresolved"), e.getCause().getMessage());
    }

    @Test
    void aFilterWithoutPlaceholdersNeedsNothingAtStartUp() throws Exception {
        Compilation c = compile(source("test.Orders",
                "@Path(\"orders\") @CrossOrigin(origins = \"https://app.example.com\")",
                "public class Orders { @GET public String list() { return \"\"; } }"));
        try (LogCapture log = new LogCapture(Level.INFO)) {
            initialise(c);
            assertEquals(List.of("corsgen: test.TestCorsFilter applies 1 CORS policy on 2 routes; no origins come"
                    + " from placeholders"), log.at(Level.INFO));
        }
        assertFalse(generated(c, "test.TestCorsFilter").contains("STARTUP.resolve("));
    }

    /** Initialises the generated filter class in a class loader of its own, so each call starts afresh. */
    private static void initialise(Compilation c) throws ClassNotFoundException {
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject f : c.generatedFiles()) {
            if (f.getKind() == JavaFileObject.Kind.CLASS) {
                String path = f.toUri().getPath();
                String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                        path.length() - ".class".length()).replace('/', '.');
                try (InputStream in = f.openInputStream()) {
                    classes.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        ClassLoader loader = new ClassLoader(PlaceholderTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] b = classes.get(name);
                if (b == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, b, 0, b.length);
            }
        };
        Class.forName("test.TestCorsFilter", true, loader);
    }
}
