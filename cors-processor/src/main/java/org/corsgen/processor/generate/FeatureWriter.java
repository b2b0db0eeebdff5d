package org.corsgen.processor.generate;

import java.util.List;

import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

/**
 * {@code <Name>CorsFeature}: adds this module ({@code <Name>CorsFilter.MODULE}) to the application's one
 * {@code CorsFilter}, which it registers with {@code CorsEngine.PRIORITY} for the first module; a
 * {@code CorsModuleFeature}, found by cors-runtime's {@code CorsFeatures} through
 * {@code META-INF/services/org.corsgen.runtime.CorsModuleFeature}. Reading {@code MODULE} initialises the
 * module's class, so a start-up failure of the resolved origins fails {@code configure} and the container's
 * start.
 */
public final class FeatureWriter {

    private FeatureWriter() {
    }

    public static JavaFile write(GeneratedNames names, List<String> sources, List<? extends Element> originating) {
        TypeSpec.Builder type = TypeSpec.classBuilder(names.feature())
                .addAnnotation(FilterWriter.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.CORS_MODULE_FEATURE)
                .addJavadoc("Adds {@link $T} to the application's CORS filter. Listed in {@code $L}, where\n"
                        + "{@code CorsFeatures} (cors-runtime) finds it; where service loading is off, register this class"
                        + " with the application.\n"
                        + "Debug mode is on when the application's property or the system property {@code corsgen.debug}"
                        + " is {@code true}.\n", names.filter(), ServicesFile.PATH)
                .addMethod(MethodSpec.methodBuilder("configure")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN)
                        .addParameter(RuntimeTypes.FEATURE_CONTEXT, "context")
                        .addStatement("return $T.register(context, $T.$N)", RuntimeTypes.CORS_FILTER, names.filter(),
                                FilterWriter.MODULE)
                        .build());
        originating.forEach(type::addOriginatingElement);
        return JavaFile.builder(names.packageName(), type.build())
                .addFileComment(FilterWriter.header(sources))
                .indent("    ")
                .build();
    }
}
