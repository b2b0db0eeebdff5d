package org.corsgen.benchmarks.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.corsgen.benchmarks.jaxrs.StubResourceInfo;
import org.corsgen.processor.CrossOriginProcessor;
import org.corsgen.runtime.CorsModule;

/**
 * A generated application of {@code resources} root resource classes under one {@code @CrossOrigin} policy
 * with {@code origins} origins, compiled by javac with corsgen's processor: the module the scaling
 * benchmarks drive (through {@code CorsFilter}) is the one a user with that many resources would get.
 *
 * <p>Resource {@code i} is {@code @Path("v1/orders<i>")} with {@code @GET}, {@code @GET @Path("{id}")} and
 * {@code @PUT @Path("{id}")}; the policy (on {@code package-info}) is the benchmark policy with origins
 * {@code https://app.example.com} plus {@code https://o<k>.example.com}. Compiled output is cached under the
 * temporary directory, per build of this jar, so JMH forks compile once.
 */
public final class GeneratedApp {

    /** Origin every generated policy allows. */
    public static final String ALLOWED_ORIGIN = "https://app.example.com";

    private GeneratedApp() {
    }

    /** @return the package of the generated application */
    public static String packageName(int resources, int origins) {
        return "bench.gen.r" + resources + "o" + origins;
    }

    /** @return the path of the last resource's {@code {id}} sub-resource, as Jersey gives it ({@code v1/orders9/42}) */
    public static String lastResourcePath(int resources) {
        return "v1/orders" + (resources - 1) + "/42";
    }

    /** Writes the sources of the application into {@code dir} (which must exist). */
    public static List<Path> writeSources(Path dir, int resources, int origins) throws IOException {
        String pkg = packageName(resources, origins);
        Path pkgDir = dir.resolve(pkg.replace('.', '/'));
        Files.createDirectories(pkgDir);
        List<Path> files = new ArrayList<>();
        StringBuilder info = new StringBuilder();
        info.append("@CrossOrigin(\n        origins = {\"").append(ALLOWED_ORIGIN).append('"');
        for (int k = 1; k < origins; k++) {
            info.append(",\n                \"https://o").append(k).append(".example.com\"");
        }
        info.append("},\n        credentials = true,\n        methods = {\"GET\", \"PUT\"},\n")
                .append("        allowedHeaders = {\"Content-Type\", \"X-Req\"},\n")
                .append("        exposedHeaders = \"X-Total\",\n        maxAge = 600)\n")
                .append("package ").append(pkg).append(";\n\nimport org.corsgen.CrossOrigin;\n");
        files.add(write(pkgDir.resolve("package-info.java"), info.toString()));
        for (int i = 0; i < resources; i++) {
            files.add(write(pkgDir.resolve("R" + i + ".java"), "package " + pkg + ";\n\n"
                    + "import jakarta.ws.rs.GET;\nimport jakarta.ws.rs.PUT;\nimport jakarta.ws.rs.Path;\n"
                    + "import jakarta.ws.rs.PathParam;\n\n"
                    + "@Path(\"v1/orders" + i + "\")\n"
                    + "public class R" + i + " {\n"
                    + "    @GET\n    public String list() {\n        return \"[]\";\n    }\n\n"
                    + "    @GET\n    @Path(\"{id}\")\n    public String get(@PathParam(\"id\") String id) {\n"
                    + "        return id;\n    }\n\n"
                    + "    @PUT\n    @Path(\"{id}\")\n    public void replace(@PathParam(\"id\") String id, String body) {\n"
                    + "    }\n}\n"));
        }
        return files;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Compiles {@code sources} into {@code out} with javac (in this JVM), with or without corsgen's processor.
     *
     * @throws IllegalStateException with javac's diagnostics if the compilation fails
     */
    public static void compile(List<Path> sources, Path out, boolean withProcessor, String pkg) throws IOException {
        compile(sources, out, withProcessor ? Mode.CORSGEN : Mode.NONE, pkg);
    }

    /** How javac runs annotation processing. */
    public enum Mode {
        /** {@code -proc:none}. */
        NONE,
        /** A processor that does nothing ({@link IdleProcessor}): javac's own processing cost. */
        IDLE,
        /** {@link OneSourceProcessor}: idle, plus the round that one generated source brings. */
        ONE_SOURCE,
        /** corsgen's processor. */
        CORSGEN;

        /** @return a new instance of the mode's processor, or {@code null} for {@link #NONE} */
        public Processor processor() {
            switch (this) {
                case IDLE:
                    return new IdleProcessor();
                case ONE_SOURCE:
                    return new OneSourceProcessor();
                case CORSGEN:
                    return new CrossOriginProcessor();
                default:
                    return null;
            }
        }
    }

    /** Compiles {@code sources} into {@code out} with javac (in this JVM), in {@code mode}. */
    public static void compile(List<Path> sources, Path out, Mode mode, String pkg) throws IOException {
        compile(sources, out, mode.processor(), pkg);
    }

    /**
     * Compiles {@code sources} into {@code out} with javac (in this JVM) and {@code processor} ({@code null}:
     * {@code -proc:none}).
     */
    static void compile(List<Path> sources, Path out, Processor processor, String pkg) throws IOException {
        boolean withProcessor = processor != null;
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no system Java compiler: run on a JDK");
        }
        Files.createDirectories(out);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of("--release", "17", "-d", out.toString(),
                    "-classpath", System.getProperty("java.class.path"), "-implicit:none"));
            if (withProcessor) {
                options.add("-Acorsgen.package=" + pkg);
                options.add("-Acorsgen.name=Gen");
            } else {
                options.add("-proc:none");
            }
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources));
            if (withProcessor) {
                task.setProcessors(List.of(processor));
            }
            if (!task.call()) {
                throw new IllegalStateException("javac failed: " + diagnostics.getDiagnostics());
            }
        }
    }

    /**
     * A compiled application: the module the processor generated ({@code GenCorsFilter.MODULE}) and its last
     * resource class ({@code R<resources-1>}), the one the benchmarks' requests go to.
     */
    public record App(CorsModule module, Class<?> lastResource) {
        /**
         * @return what the container matched for {@code GET v1/orders<last>/42}: the {@code get(String)} method
         *     of the last resource class (a real {@code Method}, looked up once, here)
         */
        public StubResourceInfo lastResourceGet() {
            return StubResourceInfo.of(lastResource, "get", String.class);
        }
    }

    /**
     * @return the application of {@code resources} classes and {@code origins} origins, compiling it first
     *     unless this build of the jar already did
     */
    public static App app(int resources, int origins) {
        String pkg = packageName(resources, origins);
        try {
            Path dir = cacheRoot().resolve("r" + resources + "o" + origins);
            Path classes = dir.resolve("classes");
            Path done = dir.resolve("done");
            if (!Files.exists(done)) {
                deleteTree(dir);
                Path src = Files.createDirectories(dir.resolve("src"));
                compile(writeSources(src, resources, origins), classes, true, pkg);
                Files.writeString(done, "ok");
            }
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    GeneratedApp.class.getClassLoader());
            // reflection once, at set-up: the generated holder's MODULE, as the generated feature reads it
            CorsModule module = (CorsModule) Class.forName(pkg + ".GenCorsFilter", true, loader)
                    .getField("MODULE").get(null);
            return new App(module, Class.forName(pkg + ".R" + (resources - 1), true, loader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return a cache directory per checkout and build of the jar (its path and modification time); from class directories (the
     *     module's own tests) a new directory per JVM, since a directory's time does not follow its files
     */
    private static synchronized Path cacheRoot() throws IOException {
        if (cacheRoot == null) {
            Path code;
            try {
                code = Path.of(CrossOriginProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException | RuntimeException e) {
                code = null;
            }
            if (code != null && Files.isRegularFile(code)) {
                // one folder per checkout (the jar's path), so that builds of other checkouts on the same machine
                // never delete this one's classes while it runs
                Path all = Path.of(System.getProperty("java.io.tmpdir"), "corsgen-bench",
                        Integer.toHexString(code.toAbsolutePath().toString().hashCode()));
                String stamp = Long.toString(Files.getLastModifiedTime(code).toMillis());
                if (Files.isDirectory(all)) {
                    try (Stream<Path> builds = Files.list(all)) {
                        for (Path old : builds.filter(b -> !b.getFileName().toString().equals(stamp)).toList()) {
                            deleteTree(old); // compiled by an earlier build of the jar
                        }
                    }
                }
                cacheRoot = all.resolve(stamp);
            } else {
                Path dir = Files.createTempDirectory("corsgen-bench");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        deleteTree(dir);
                    } catch (IOException e) {
                        // a temporary directory left behind
                    }
                }));
                cacheRoot = dir;
            }
        }
        return cacheRoot;
    }

    private static Path cacheRoot;

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
