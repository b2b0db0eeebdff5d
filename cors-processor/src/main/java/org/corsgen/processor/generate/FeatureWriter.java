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
 * {@code META-INF/services/org.corsgen.runtime.CorsModuleFeature}.
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
                        + "finds it; where service loading is off, register this class with the application.\n",
                        names.filter(), ServicesFile.PATH)
                .addMethod(MethodSpec.methodBuilder("configure")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN)
                        .addParameter(RuntimeTypes.FEATURE_CONTEXT, "context")
                        .beginControlFlow("if (!context.getConfiguration().isRegistered($T.class))", names.filter())
                        .addStatement("context.register($T.class, $T.PRIORITY)", names.filter(),
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
