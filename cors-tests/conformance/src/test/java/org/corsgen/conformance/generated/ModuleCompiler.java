package org.corsgen.conformance.generated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.corsgen.conformance.generated.ResourceSet.Module;
import org.corsgen.conformance.generated.ResourceSet.ResourceClass;
import org.corsgen.processor.CrossOriginProcessor;

/**
 * Compiles one {@link Module} of a generated set in this JVM, with the running JDK's {@code javac}
 * ({@code --release 17}, as the project's modules): a corsgen module with {@link CrossOriginProcessor}
 * passed to the task (so it runs on JDK 23+ too, where javac no longer finds processors on the class path),
 * a plain module with {@code -proc:none}. The class path is made of the jars (or directories) the test's
 * own classes came from, since surefire's {@code java.class.path} may be a manifest-only jar.
 */
final class ModuleCompiler {

    private ModuleCompiler() {
    }

    /**
     * @param into an empty directory: {@code src/}, {@code generated/} and {@code classes/} are made in it
     * @return the directory of the class files (and, for a corsgen module, its services entry)
     * @throws AssertionError listing javac's errors (and warnings) when the module does not compile
     */
    static Path compile(Module module, Path into) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (ResourceClass c : module.classes) {
            sources.put(c.qualifiedName(), JavaSource.of(c));
        }
        String what = "module " + module.name + " of " + module.set.label();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = compile(what, sources, module.corsgen, into, diagnostics);
        if (module.corsgen && module.hasPolicy()
                && !Files.exists(classes.resolve("META-INF/services/org.corsgen.runtime.CorsModuleFeature"))) {
            throw new AssertionError("corsgen wrote no services entry for " + what + ":\n" + describe(diagnostics));
        }
        return classes;
    }

    /**
     * Compiles {@code sources} (qualified class name to source) without processors: for the set's application
     * class.
     */
    static Path compilePlain(String what, Map<String, String> sources, Path into) {
        return compile(what, sources, false, into, new DiagnosticCollector<>());
    }

    private static Path compile(String what, Map<String, String> sources, boolean corsgen, Path into,
            DiagnosticCollector<JavaFileObject> diagnostics) {
        try {
            Path src = Files.createDirectories(into.resolve("src"));
            Path generated = Files.createDirectories(into.resolve("generated"));
            Path classes = Files.createDirectories(into.resolve("classes"));
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
                files.add(file);
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            if (javac == null) {
                throw new IllegalStateException("no system Java compiler: the suite must run on a JDK");
            }
            List<String> options = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8",
                    "-classpath", classPath(), "-d", classes.toString(), "-s", generated.toString()));
            if (!corsgen) {
                options.add("-proc:none");
            }
            boolean ok;
            try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                JavaCompiler.CompilationTask task = javac.getTask(null, fm, diagnostics, options, null,
                        fm.getJavaFileObjectsFromPaths(files));
                if (corsgen) {
                    task.setProcessors(List.of(new CrossOriginProcessor()));
                }
                ok = task.call();
            }
            boolean errors = diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
            if (!ok || errors) {
                throw new AssertionError(what + " does not compile (" + (corsgen ? "with" : "without") + " corsgen):\n"
                        + describe(diagnostics) + "\nsources in " + src);
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream()
                .map(d -> d.getKind() + " " + (d.getSource() == null ? ""
                        : d.getSource().getName() + ":" + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String name : List.of("jakarta.ws.rs.Path", "org.corsgen.CrossOrigin", "org.corsgen.runtime.CorsPolicy",
                "jakarta.annotation.Priority")) {
            try {
                entries.add(location(Class.forName(name, false, ModuleCompiler.class.getClassLoader())));
            } catch (ClassNotFoundException e) {
                if (!name.startsWith("jakarta.annotation")) {
                    throw new IllegalStateException(name + " is not on the suite's class path", e);
                }
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("no code source for " + type);
        }
        try {
            return Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
