package org.corsgen.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;

import org.corsgen.runtime.CorsModule;
import org.corsgen.runtime.routing.RouteTable;

/** Compile-testing helpers shared by the processor tests: source builders and diagnostic assertions. */
final class Compile {

    /** javac's -Xlint:processing warns about every annotation no processor claims (our processor never claims). */
    static final List<String> STRICT = List.of("-Xlint:all", "-Xlint:-processing", "-Werror");

    private Compile() {
    }

    /** A source file {@code fqcn} with the package declaration and the imports every test needs. */
    static JavaFileObject source(String fqcn, String... lines) {
        int dot = fqcn.lastIndexOf('.');
        List<String> all = new ArrayList<>();
        if (dot > 0) {
            all.add("package " + fqcn.substring(0, dot) + ";");
        }
        all.add("import jakarta.ws.rs.*;");
        all.add("import org.corsgen.CrossOrigin;");
        all.addAll(Arrays.asList(lines));
        return JavaFileObjects.forSourceLines(fqcn, all);
    }

    /** {@code package-info.java} of {@code pkg} with the given annotation line. */
    static JavaFileObject packageInfo(String pkg, String annotation) {
        return JavaFileObjects.forSourceLines(pkg + ".package-info", annotation, "package " + pkg + ";",
                "import org.corsgen.CrossOrigin;");
    }

    /**
     * {@code test.Orders}, {@code @Path("orders")}, with one {@code @GET} method {@code list()} carrying
     * {@code annotation} (a {@code @CrossOrigin(...)} line, possibly several lines).
     */
    static JavaFileObject getMethodWith(String... annotation) {
        List<String> lines = new ArrayList<>();
        lines.add("@Path(\"orders\")");
        lines.add("public class Orders {");
        lines.add("  @GET");
        lines.addAll(Arrays.asList(annotation));
        lines.add("  public String list() { return \"\"; }");
        lines.add("}");
        return source("test.Orders", lines.toArray(new String[0]));
    }

    static Compilation compile(JavaFileObject... sources) {
        return compile(List.of(), sources);
    }

    static Compilation compile(List<String> options, JavaFileObject... sources) {
        return javac().withProcessors(new CrossOriginProcessor()).withOptions(options).compile(sources);
    }

    /**
     * Asserts that exactly one diagnostic of {@code kind} contains every one of {@code parts}, and that it is
     * in {@code file} on the (unique) line containing {@code lineFragment}.
     *
     * @return the diagnostic's message
     */
    static String expect(Compilation c, Diagnostic.Kind kind, JavaFileObject file, String lineFragment,
            String... parts) {
        List<Diagnostic<? extends JavaFileObject>> matching = c.diagnostics().stream()
                .filter(d -> d.getKind() == kind)
                .filter(d -> Arrays.stream(parts).allMatch(p -> message(d).contains(p)))
                .collect(Collectors.toList());
        if (matching.size() != 1) {
            fail("expected one " + kind + " containing " + Arrays.toString(parts) + ", found " + matching.size()
                    + "; all diagnostics:\n" + describe(c));
        }
        Diagnostic<? extends JavaFileObject> d = matching.get(0);
        if (d.getSource() == null || !d.getSource().toUri().equals(file.toUri())) {
            fail("diagnostic not in " + file.getName() + ": " + d);
        }
        assertEquals(lineOf(file, lineFragment), d.getLineNumber(), () -> "line of " + message(d));
        return message(d);
    }

    /**
     * Compiles {@code sources} with plain javac into a temporary directory and asserts that the processor
     * wrote no source and no resource there (compile-testing hides generated files of a failed compilation).
     */
    static void assertNothingGenerated(JavaFileObject... sources) {
        assertNothingGenerated(List.of(), sources);
    }

    /** As {@link #assertNothingGenerated(JavaFileObject...)}, with javac options. */
    static void assertNothingGenerated(List<String> options, JavaFileObject... sources) {
        try {
            Path dir = Files.createTempDirectory("corsgen-test");
            Path classes = Files.createDirectories(dir.resolve("classes"));
            Path generatedSources = Files.createDirectories(dir.resolve("sources"));
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> ignored = new DiagnosticCollector<>();
            try (StandardJavaFileManager files = javac.getStandardFileManager(ignored, Locale.ROOT, null)) {
                JavaCompiler.CompilationTask task = javac.getTask(null, files, ignored,
                        Stream.concat(options.stream(), Stream.of("-d", classes.toString(),
                                "-s", generatedSources.toString(), "-classpath", System.getProperty("java.class.path")))
                                .collect(Collectors.toList()),
                        null, Arrays.asList(sources));
                task.setProcessors(List.of(new CrossOriginProcessor()));
                task.call();
            }
            List<String> written = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.toString().endsWith(".class"))
                        .forEach(p -> written.add(dir.relativize(p).toString()));
            }
            if (!written.isEmpty()) {
                fail("expected the processor to write nothing, it wrote " + written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long count(Compilation c, Diagnostic.Kind kind) {
        return c.diagnostics().stream().filter(d -> d.getKind() == kind).count();
    }

    static String describe(Compilation c) {
        return c.diagnostics().stream()
                .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":"
                        + d.getLineNumber()) + " " + message(d))
                .collect(Collectors.joining("\n"));
    }

    static String message(Diagnostic<?> d) {
        return d.getMessage(Locale.ROOT);
    }

    /** @return the contents of a generated source file */
    static String generated(Compilation c, String fqcn) {
        try {
            return c.generatedSourceFile(fqcn)
                    .orElseThrow(() -> new AssertionError("not generated: " + fqcn + "\n" + describe(c)))
                    .getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads the generated filter {@code fqcn} from the compilation's class files (initialising it, which
     * builds its module) and returns the route table of its {@code MODULE}.
     */
    static RouteTable<?> routeTable(Compilation c, String fqcn) throws ReflectiveOperationException {
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject f : c.generatedFiles()) {
            if (f.getKind() == JavaFileObject.Kind.CLASS) {
                String path = f.toUri().getPath();
                String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
                        path.length() - ".class".length()).replace('/', '.');
                try (InputStream in = f.openInputStream()) {
                    classes.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        ClassLoader loader = new ClassLoader(Compile.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        Field module = Class.forName(fqcn, true, loader).getDeclaredField("MODULE");
        return ((CorsModule) module.get(null)).routes();
    }

    private static long lineOf(JavaFileObject file, String fragment) {
        try {
            String[] lines = file.getCharContent(true).toString().split("\n", -1);
            long found = -1;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(fragment)) {
                    if (found != -1) {
                        fail("line fragment " + fragment + " is not unique in " + file.getName());
                    }
                    found = i + 1;
                }
            }
            if (found == -1) {
                fail("no line contains " + fragment);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
