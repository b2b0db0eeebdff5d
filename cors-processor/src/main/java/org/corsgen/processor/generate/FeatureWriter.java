package org.corsgen.processor.generate;

import java.util.List;

import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

/**
 * {@code <Name>CorsFeature}: registers the filter once, with {@code CorsEngine.PRIORITY}; a
 * {@code CorsModuleFeature}, found by cors-runtime's {@code CorsFeatures} through
 * {@code META-INF/services/org.corsgen.runtime.CorsModuleFeature}. It registers an instance, so that the
 * application's {@code corsgen.debug} property reaches it; creating it initialises the filter class, so a
 * start-up failure of the resolved origins fails {@code configure} and the container's start.
 */
public final class FeatureWriter {

    private FeatureWriter() {
    }

    public static JavaFile write(GeneratedNames names, List<String> sources, List<? extends Element> originating) {
        TypeSpec.Builder type = TypeSpec.classBuilder(names.feature())
                .addAnnotation(FilterWriter.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.CORS_MODULE_FEATURE)
                .addJavadoc("Registers {@link $T}. Listed in {@code $L}, where {@code CorsFeatures} (cors-runtime)\n"
                        + "finds it; where service loading is off, register this class with the application.\n"
                        + "Debug mode is on when the application's property or the system property {@code corsgen.debug}"
                        + " is {@code true}.\n", names.filter(), ServicesFile.PATH)
                .addMethod(MethodSpec.methodBuilder("configure")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN)
                        .addParameter(RuntimeTypes.FEATURE_CONTEXT, "context")
                        .beginControlFlow("if (!context.getConfiguration().isRegistered($T.class))", names.filter())
                        .addStatement("boolean debug = $T.debugRequested(context.getConfiguration().getProperty($T.DEBUG_PROPERTY))",
                                RuntimeTypes.CORS_ENGINE, RuntimeTypes.CORS_ENGINE)
                        .addStatement("context.register(new $T(debug), $T.PRIORITY)", names.filter(),
                                RuntimeTypes.CORS_ENGINE)
                        .endControlFlow()
                        .addStatement("return true")
                        .build());
        originating.forEach(type::addOriginatingElement);
        return JavaFile.builder(names.packageName(), type.build())
                .addFileComment(FilterWriter.header(sources))
                .indent("    ")
                .build();
    }
}
