package org.corsgen.processor.generate;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;

import org.corsgen.processor.model.Node;
import org.corsgen.processor.model.PolicyUse;
import org.corsgen.processor.model.RouteEntry;
import org.corsgen.processor.model.RouteGraph;

/**
 * Writes {@code routes()}: one statement per node, method, locator and root (each policy handed to
 * {@code CorsStartup.route} with the route's name, for log lines), split into private static
 * methods of at most {@link #CHUNK} statements each, so that no generated method comes near the JVM's
 * 64 KB limit however many routes the application has.
 */
final class RouteRegistration {

    static final int CHUNK = 200;

    private final List<MethodSpec> methods = new ArrayList<>();

    /** Builds the methods; policy constants are assigned in order of first use along the way. */
    RouteRegistration(RouteGraph graph, PolicyConstants policies) {
        List<CodeBlock> statements = new ArrayList<>();
        for (Node node : graph.nodes()) {
            statements.add(CodeBlock.of("n = b.node($L, $L)", node.index(), named(policies, node.fallback(), null)));
            for (RouteEntry e : node.entries()) {
                switch (e.kind()) {
                    case METHOD:
                        statements.add(CodeBlock.of("n.method($S, $S, $L)", e.template(), e.httpMethod(),
                                named(policies, e.policy(), e.httpMethod())));
                        break;
                    case LOCATOR:
                        statements.add(CodeBlock.of("n.locator($S, $L)", e.template(), e.target().index()));
                        break;
                    case OPAQUE_LOCATOR:
                        statements.add(CodeBlock.of("n.opaqueLocator($S, $L)", e.template(),
                                named(policies, e.policy(), null)));
                        break;
                    default:
                        throw new AssertionError(e.kind());
                }
            }
        }
        for (RouteGraph.Root root : graph.roots()) {
            statements.add(CodeBlock.of("b.root($S, $L, $S)", root.template(), root.node().index(),
                    root.node().resource().binaryName()));
        }

        MethodSpec.Builder routes = MethodSpec.methodBuilder("routes")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(RuntimeTypes.POLICY_TABLE)
                .addStatement("$T b = $T.builder()", RuntimeTypes.TABLE_BUILDER, RuntimeTypes.ROUTE_TABLE)
                .addStatement("$T n = null", RuntimeTypes.NODE_BUILDER);
        for (int from = 0, chunk = 0; from < statements.size(); from += CHUNK, chunk++) {
            String name = "routes" + chunk;
            MethodSpec.Builder part = MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(RuntimeTypes.NODE_BUILDER)
                    .addParameter(RuntimeTypes.TABLE_BUILDER, "b")
                    .addParameter(RuntimeTypes.NODE_BUILDER, "current")
                    .addStatement("$T n = current", RuntimeTypes.NODE_BUILDER);
            for (CodeBlock s : statements.subList(from, Math.min(from + CHUNK, statements.size()))) {
                part.addStatement(s);
            }
            methods.add(part.addStatement("return n").build());
            routes.addStatement("n = $N(b, n)", name);
        }
        methods.add(0, routes.addStatement("return b.build()").build());
    }

    /** @return {@code STARTUP.route(P<n>, "GET /orders")}, the policy naming its route; {@code null} for none */
    private static CodeBlock named(PolicyConstants policies, PolicyUse use, String httpMethod) {
        if (use == null) {
            return CodeBlock.of("null");
        }
        return CodeBlock.of("$N.route($L, $S)", FilterWriter.STARTUP, policies.reference(use),
                RouteLabel.of(use, httpMethod));
    }

    /** @return {@code routes()} followed by its parts */
    List<MethodSpec> methods() {
        return methods;
    }
}
