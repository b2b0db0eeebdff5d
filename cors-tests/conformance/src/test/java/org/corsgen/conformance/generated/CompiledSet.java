package org.corsgen.conformance.generated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.corsgen.conformance.generated.ResourceSet.Module;

/**
 * A {@link ResourceSet} whose modules are compiled, each into a class directory of its own, plus its
 * application class ({@link ApplicationSource}) into another.
 */
final class CompiledSet {

    private final ResourceSet set;
    private final Path application;
    private final Map<Module, Path> classes;

    private CompiledSet(ResourceSet set, Path application, Map<Module, Path> classes) {
        this.set = set;
        this.application = application;
        this.classes = classes;
    }

    /** Compiles every module of {@code set}, in separate compilations, below {@code dir}. */
    static CompiledSet compile(ResourceSet set, Path dir) {
        Map<Module, Path> classes = new LinkedHashMap<>();
        Path application;
        try {
            Path root = Files.createTempDirectory(Files.createDirectories(dir), set.prefix() + "-");
            for (Module m : set.modules()) {
                classes.put(m, ModuleCompiler.compile(m, Files.createDirectories(root.resolve(m.name))));
            }
            application = ModuleCompiler.compilePlain("the application of " + set.label(),
                    Map.of(ApplicationSource.qualifiedName(set), ApplicationSource.of(set)),
                    Files.createDirectories(root.resolve("app")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CompiledSet(set, application, classes);
    }

    ResourceSet set() {
        return set;
    }

    Path application() {
        return application;
    }

    Path classesOf(Module module) {
        return classes.get(module);
    }
}
