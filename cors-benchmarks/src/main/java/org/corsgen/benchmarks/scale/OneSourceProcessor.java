package org.corsgen.benchmarks.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * {@link IdleProcessor} that writes one empty class in its first round: compiling with it measures the
 * round that any processor generating a source adds (javac starts a round for the new file, and every round
 * after the first enters every compilation unit again), without the cost of the generated code itself.
 */
public final class OneSourceProcessor extends AbstractProcessor {

    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("org.corsgen.CrossOrigin", "jakarta.ws.rs.Path");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!written) {
            written = true;
            try (Writer w = processingEnv.getFiler().createSourceFile("bench.gen.OneSource").openWriter()) {
                w.write("package bench.gen;\n\nfinal class OneSource {\n}\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }
}
