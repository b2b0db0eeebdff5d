package org.corsgen.conformance.generated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import jakarta.ws.rs.core.Application;

import org.corsgen.testsupport.Http;
import org.corsgen.conformance.Server;
import org.corsgen.conformance.generated.ResourceSet.Module;
import org.corsgen.conformance.generated.ResourceSet.ResourceClass;

/**
 * A compiled set running on the container under test: its application class and its modules' class
 * directories on a {@link URLClassLoader} (a child of the suite's, which also holds the conformance modules
 * and their features), the modules in the given order, and the application listing the root classes in that
 * order, started with that loader as the thread's context class loader.
 */
final class Deployment implements AutoCloseable {

    private final CompiledSet compiled;
    private final ClassPathOrder order;
    private final URLClassLoader loader;
    private final Server server;

    private Deployment(CompiledSet compiled, ClassPathOrder order, URLClassLoader loader, Server server) {
        this.compiled = compiled;
        this.order = order;
        this.loader = loader;
        this.server = server;
    }

    static Deployment start(CompiledSet compiled, ClassPathOrder order) throws Exception {
        List<Module> modules = order.apply(compiled.set().modules());
        List<URL> urls = new ArrayList<>();
        urls.add(compiled.application().toUri().toURL());
        for (Module m : modules) {
            urls.add(compiled.classesOf(m).toUri().toURL());
        }
        URLClassLoader loader = new URLClassLoader(compiled.set().label() + " " + order, urls.toArray(new URL[0]),
                Deployment.class.getClassLoader());
        try {
            List<String> roots = new ArrayList<>();
            for (Module m : modules) {
                for (ResourceClass c : m.classes) {
                    if (c.path != null) {
                        roots.add(c.qualifiedName());
                    }
                }
            }
            Class<?> type = Class.forName(ApplicationSource.qualifiedName(compiled.set()), true, loader);
            Application app = (Application) type.getConstructor(List.class).newInstance(roots);
            for (Class<?> root : app.getClasses()) {
                if (root.getClassLoader() != loader) {
                    throw new IllegalStateException(root + " was not loaded from the set's class path");
                }
            }
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            Server server;
            try {
                server = Server.start(app, "api/");
            } finally {
                thread.setContextClassLoader(before);
            }
            return new Deployment(compiled, order, loader, server);
        } catch (Exception | Error e) {
            loader.close();
            throw e;
        }
    }

    Http http() {
        return server.http();
    }

    /** @return e.g. {@code "seed 42, class path C, B, A"} */
    String describe() {
        List<String> names = new ArrayList<>();
        order.apply(compiled.set().modules()).forEach(m -> names.add(m.name));
        return compiled.set().label() + ", class path " + String.join(", ", names);
    }

    @Override
    public void close() throws ExecutionException, TimeoutException {
        try {
            server.close();
        } finally {
            try {
                loader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
