package org.corsgen.processor.generate;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * {@code META-INF/services/org.corsgen.runtime.CorsModuleFeature} naming the generated feature. The
 * containers load cors-runtime's {@code CorsFeatures} (Jakarta REST 3.1 §4.1.2), which loads every module's
 * feature from these files: one container-visible entry for any number of modules (RESTEasy keeps only one
 * service-loaded feature per {@code @Priority}).
 */
public final class ServicesFile {

    public static final String PATH = "META-INF/services/org.corsgen.runtime.CorsModuleFeature";

    private ServicesFile() {
    }

    public static void write(Filer filer, GeneratedNames names, List<? extends Element> originating)
            throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH,
                originating.toArray(new Element[0]));
        try (Writer w = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            w.write(names.feature().reflectionName());
            w.write('\n');
        }
    }
}
