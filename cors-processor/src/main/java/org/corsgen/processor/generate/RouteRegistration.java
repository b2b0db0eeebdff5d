package org.corsgen.processor.generate;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;

import org.corsgen.processor.model.Node;
import org.corsgen.processor.model.PolicyUse;
import org.corsgen.processor.model.RouteEntry;
import org.corsgen.processor.model.RouteGraph;
import org.corsgen.runtime.routing.RouteTableText;

/**
 * Writes the route table as text ({@code RouteTableText}, one line per node, method, locator and root, each
 * policy named by its constant {@code P<n>} and its route, for log lines) in {@code TABLE<i>} text blocks,
 * and {@code module()}, which hands the policies and the text to {@code CorsStartup.module}.
 *
 * <p>Why text and not one {@code b.node(...)}/{@code n.method(...)} statement per route, as before: javac
 * compiles a string constant much faster than a method call (at 1,000 resources, 5,000 statements cost it
 * about 80 ms, the text about 10), and the processor writes less. A text block holds at most
 * {@link #PART_BYTES} bytes (constants are limited to 64 KB), and the policies array is filled by methods of
 * {@link #POLICY_CHUNK} assignments beyond that many policies, so no generated method or constant comes near
 * a class-file limit however many routes the application has.
 */
final class RouteRegistration {

    /** The most bytes (modified UTF-8, as the class file counts them) in one text block. */
    static final int PART_BYTES = 60_000;
    /** Policies beyond this many are put into the array by methods of this many assignments each. */
    static final int POLICY_CHUNK = 1_000;

    private final List<FieldSpec> fields = new ArrayList<>();
    private final List<MethodSpec> methods = new ArrayList<>();

    /** Builds the text and the methods; policy constants are assigned in order of first use along the way. */
    RouteRegistration(RouteGraph graph, PolicyConstants policies) {
        RouteTableText.Rows rows = new RouteTableText.Rows();
        for (Node node : graph.nodes()) {
            rows.node(node.index(), policies.index(node.fallback()), label(node.fallback(), null));
            for (RouteEntry e : node.entries()) {
                switch (e.kind()) {
                    case METHOD:
                        rows.method(e.template(), e.httpMethod(), policies.index(e.policy()),
                                label(e.policy(), e.httpMethod()));
                        break;
                    case LOCATOR:
                        rows.locator(e.template(), e.targets().stream().mapToInt(Node::index).toArray());
                        break;
                    case OPAQUE_LOCATOR:
                        rows.opaqueLocator(e.template(), policies.index(e.policy()), label(e.policy(), null));
                        break;
                    default:
                        throw new AssertionError(e.kind());
                }
            }
        }
        for (RouteGraph.Root root : graph.roots()) {
            rows.root(root.template(), root.node().index(), root.node().resource().binaryName());
        }
        // what the container reports when it runs a method (ResourceInfo): the method of the node's class
        for (Node node : graph.nodes()) {
            for (RouteEntry e : node.entries()) {
                if (e.kind() != RouteEntry.Kind.METHOD) {
                    continue;
                }
                for (String parameters : e.method().parameterLists()) {
                    rows.handler(node.resource().binaryName(), e.method().name(), parameters,
                            policies.index(e.policy()), label(e.policy(), e.httpMethod()));
                }
            }
        }

        List<List<String>> parts = parts(rows.lines());
        CodeBlock.Builder names = CodeBlock.builder();
        for (int i = 0; i < parts.size(); i++) {
            FieldSpec.Builder f = FieldSpec.builder(String.class, "TABLE" + i,
                    Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(textBlock(parts.get(i)));
            if (i == 0) {
                f.addJavadoc("The routes, read by {@link $T#module} (the format: {@code RouteTableText}): each\n"
                        + "{@code node} with its {@code method}, {@code locator} and {@code opaque} lines, then the\n"
                        + "{@code root}s, then a {@code handler} line per resource method (its class, name and\n"
                        + "parameter types, as the container reports the method that runs); {@code P<n> \"<route>\"}\n"
                        + "is constant {@code P<n>} for that route, {@code -} no policy.\n", RuntimeTypes.CORS_STARTUP);
            } else {
                f.addJavadoc("The routes, continued from {@link #TABLE$L}.\n", i - 1);
            }
            fields.add(f.build());
            names.add(", $N", "TABLE" + i);
        }

        ArrayTypeName array = ArrayTypeName.of(RuntimeTypes.CORS_POLICY);
        MethodSpec.Builder routes = MethodSpec.methodBuilder("module")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(RuntimeTypes.CORS_MODULE);
        int count = policies.size();
        if (count <= POLICY_CHUNK) {
            routes.addStatement("$T policies = {$L}", array, policyList(0, count));
        } else {
            routes.addStatement("$T policies = new $T[$L]", array, RuntimeTypes.CORS_POLICY, count);
            for (int from = 0, chunk = 0; from < count; from += POLICY_CHUNK, chunk++) {
                MethodSpec.Builder fill = MethodSpec.methodBuilder("policies" + chunk)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(array, "policies");
                for (int k = from; k < Math.min(from + POLICY_CHUNK, count); k++) {
                    fill.addStatement("policies[$L] = $N", k, PolicyConstants.name(k));
                }
                methods.add(fill.build());
                routes.addStatement("$N(policies)", "policies" + chunk);
            }
        }
        routes.addStatement("return $N.module(policies$L)", FilterWriter.STARTUP, names.build());
        methods.add(0, routes.build());
    }

    /** @return {@code GET /orders}: the route as the report, the start-up log and debug lines show it */
    private static String label(PolicyUse use, String httpMethod) {
        return use == null ? null : RouteLabel.of(use, httpMethod);
    }

    /** @return {@code P0, P1, ...}, ten to a line */
    private static CodeBlock policyList(int from, int to) {
        CodeBlock.Builder b = CodeBlock.builder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.add(k % 10 == 0 ? ",\n" : ", ");
            }
            b.add("$N", PolicyConstants.name(k));
        }
        return b.build();
    }

    /** @return the lines in parts of at most {@link #PART_BYTES} bytes each (a longer line is a part of its own) */
    static List<List<String>> parts(List<String> lines) {
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        long bytes = 0;
        for (String line : lines) {
            long size = classFileBytes(line) + 1;
            if (!part.isEmpty() && bytes + size > PART_BYTES) {
                parts.add(part);
                part = new ArrayList<>();
                bytes = 0;
            }
            part.add(line);
            bytes += size;
        }
        if (!part.isEmpty() || parts.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    private static long classFileBytes(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c >= 1 && c <= 0x7f ? 1 : c <= 0x7ff ? 2 : 3;
        }
        return n;
    }

    /**
     * @return a text block whose value is the lines, each followed by {@code \n}: backslashes and control
     *     characters escaped, a third quote in a row escaped, a final space written {@code \s} (text blocks
     *     strip trailing spaces). Lines must not start with white space, nor end with any other than a
     *     space, since text blocks strip that too: {@link RouteTableText.Rows} lines start with a keyword and
     *     end with a word or a quote.
     */
    static CodeBlock textBlock(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            int quotes = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                quotes = c == '"' ? quotes + 1 : 0;
                switch (c) {
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    case '\b' -> b.append("\\b");
                    case '\f' -> b.append("\\f");
                    case '"' -> {
                        if (quotes == 3) {
                            b.append("\\\"");
                            quotes = 0;
                        } else {
                            b.append('"');
                        }
                    }
                    case ' ' -> b.append(i == line.length() - 1 ? "\\s" : " ");
                    default -> {
                        if (Character.isISOControl(c)) {
                            b.append(String.format("\\%03o", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            b.append('\n');
        }
        return CodeBlock.builder().add("\"\"\"\n").indent().indent().add("$L", b).add("\"\"\"").unindent().unindent()
                .build();
    }

    /** @return the {@code TABLE<i>} constants */
    List<FieldSpec> fields() {
        return fields;
    }

    /** @return {@code module()}, then the methods that fill its policies array, if any */
    List<MethodSpec> methods() {
        return methods;
    }
}
