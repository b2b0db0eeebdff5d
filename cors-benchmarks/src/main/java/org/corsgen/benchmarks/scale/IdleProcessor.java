package org.corsgen.benchmarks.scale;

import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that looks at the same annotations as corsgen and does nothing: compiling with it measures
 * what javac's annotation processing costs by itself (any project with Lombok, MapStruct, ... pays it).
 */
public final class IdleProcessor extends AbstractProcessor {

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
        return false;
    }
}
