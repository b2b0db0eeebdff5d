package org.corsgen.processor.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;

import javax.lang.model.element.Modifier;

import org.corsgen.processor.model.PolicyDefaults;
import org.corsgen.processor.model.PolicyUse;
import org.corsgen.processor.model.ResolvedPolicy;
import org.corsgen.runtime.origin.OriginPlaceholder;

/**
 * One {@code private static final CorsPolicy P<n>} per distinct resolved policy, in order of first use.
 * Beyond {@link #INLINE_LIMIT} policies each is built by its own method, so that the static initialiser
 * stays far below the 64 KB method limit.
 */
final class PolicyConstants {

    static final int INLINE_LIMIT = 200;

    private final Map<ResolvedPolicy, Integer> indexes = new LinkedHashMap<>();

    /** @return {@code n} of the constant {@code P<n>} for the use's resolved policy, or -1 for no policy */
    int index(PolicyUse use) {
        if (use == null) {
            return -1;
        }
        return indexes.computeIfAbsent(PolicyDefaults.resolve(use), k -> indexes.size());
    }

    /** @return the name of the constant of policy {@code index}: {@code P<index>} */
    static String name(int index) {
        return "P" + index;
    }

    int size() {
        return indexes.size();
    }

    List<FieldSpec> fields() {
        List<FieldSpec> fields = new ArrayList<>();
        boolean inline = indexes.size() <= INLINE_LIMIT;
        for (Map.Entry<ResolvedPolicy, Integer> e : indexes.entrySet()) {
            FieldSpec.Builder f = FieldSpec.builder(RuntimeTypes.CORS_POLICY, name(e.getValue()),
                    Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
            f.initializer(inline ? build(e.getKey()) : CodeBlock.of("$N()", builderName(e.getValue())));
            fields.add(f.build());
        }
        return fields;
    }

    List<MethodSpec> builderMethods() {
        List<MethodSpec> methods = new ArrayList<>();
        if (indexes.size() <= INLINE_LIMIT) {
            return methods;
        }
        for (Map.Entry<ResolvedPolicy, Integer> e : indexes.entrySet()) {
            methods.add(MethodSpec.methodBuilder(builderName(e.getValue()))
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(RuntimeTypes.CORS_POLICY)
                    .addStatement("return $L", build(e.getKey()))
                    .build());
        }
        return methods;
    }

    private static String builderName(int index) {
        return "policy" + index;
    }

    /**
     * @return {@code CorsPolicy.builder()...build()}; for origins with {@code ${...}} placeholders
     *     {@code STARTUP.resolve(CorsPolicy.builder()...)}, which resolves and checks them at start-up
     */
    static CodeBlock build(ResolvedPolicy p) {
        boolean placeholders = p.origins().stream().anyMatch(OriginPlaceholder::isPlaceholder);
        CodeBlock.Builder b = CodeBlock.builder();
        if (placeholders) {
            b.add("$N.resolve(", FilterWriter.STARTUP);
        }
        return b.add("$T.builder()\n", RuntimeTypes.CORS_POLICY)
                .indent().indent()
                .add(".origins($L)\n", strings(p.origins()))
                .add(".credentials($L)\n", p.credentials())
                .add(".methods($L)\n", strings(p.methods()))
                .add(".allowedHeaders($L)\n", strings(p.allowedHeaders()))
                .add(".exposedHeaders($L)\n", strings(p.exposedHeaders()))
                .add(".maxAge($LL)\n", p.maxAge())
                .add(placeholders ? ".privateNetwork($L))" : ".privateNetwork($L)\n", p.privateNetwork())
                .add(placeholders ? "" : ".build()")
                .unindent().unindent()
                .build();
    }

    private static CodeBlock strings(List<String> values) {
        List<CodeBlock> items = new ArrayList<>();
        values.forEach(v -> items.add(CodeBlock.of("$S", v)));
        return CodeBlock.join(items, ", ");
    }
}
