package org.corsgen.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Builds the {@link RouteGraph} from the root resource classes: one node per (resource class, outer policy
 * context), locators followed to the class their return type names when it has Jakarta REST methods
 * (cycles reuse the node), and a {@link PolicyUse} for every method whose chain has a {@code @CrossOrigin}.
 */
public final class RouteGraphBuilder {

    /** Methods assumed for an opaque locator, whose served methods are unknown at compile time. */
    static final List<String> OPAQUE_DEFAULT_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final ResourceReader reader;
    private final Types types;
    /** Every class of the compilation: a locator may return a subclass of its declared return type. */
    private final List<TypeElement> classes;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<NodeKey, Node> byKey = new HashMap<>();
    private final Set<PolicySpec> used = new LinkedHashSet<>();

    /**
     * @param types the compilation's type utilities
     * @param classes every class of the compilation (top-level and nested), for the subclasses a locator may
     *     return
     */
    public RouteGraphBuilder(ResourceReader reader, Types types, List<TypeElement> classes) {
        this.reader = reader;
        this.types = types;
        this.classes = List.copyOf(classes);
    }

    /** @param roots the root resource classes ({@code @Path}) of the compilation, in a stable order */
    public RouteGraph build(List<TypeElement> roots) {
        List<RouteGraph.Root> rootList = new ArrayList<>();
        for (TypeElement type : roots) {
            ResourceClass rc = reader.read(type);
            use(rc.packagePolicy());
            Node node = nodeFor(rc, PolicyChain.EMPTY.with(rc.packagePolicy()), join("", rc.path()));
            rootList.add(new RouteGraph.Root(rc.path(), node));
        }
        return new RouteGraph(nodes, rootList, used);
    }

    private Node nodeFor(ResourceClass rc, PolicyChain outer, String pathPrefix) {
        NodeKey key = new NodeKey(rc.element(), outer);
        Node existing = byKey.get(key);
        if (existing != null) {
            return existing;
        }
        Node node = new Node(nodes.size(), rc);
        nodes.add(node);
        byKey.put(key, node);

        use(rc.policy());
        PolicyChain classChain = outer.with(rc.policy());
        Map<String, List<ResourceMethod>> byTemplate = new LinkedHashMap<>();
        Set<String> nodeMethods = new LinkedHashSet<>();
        List<String> nodeHeaders = new ArrayList<>();
        for (ResourceMethod m : rc.methods()) {
            if (!m.isLocator()) {
                byTemplate.computeIfAbsent(normalize(m.template()), t -> new ArrayList<>()).add(m);
                nodeMethods.add(m.httpMethod());
                nodeHeaders.addAll(m.headerParams());
            }
        }
        String name = rc.element().getSimpleName().toString();
        for (ResourceMethod m : rc.methods()) {
            String path = join(pathPrefix, m.template());
            if (!m.isLocator()) {
                List<ResourceMethod> same = byTemplate.get(normalize(m.template()));
                List<String> served = new ArrayList<>(new LinkedHashSet<>(httpMethods(same)));
                List<String> headers = new ArrayList<>();
                same.forEach(s -> headers.addAll(s.headerParams()));
                PolicyUse policy = null;
                PolicyChain chain = classChain.with(m.policy());
                if (!chain.isEmpty()) {
                    use(m.policy());
                    policy = new PolicyUse(PolicyUse.Kind.METHOD, chain, path, served, nodeMethods, headers, name,
                            m.policy(), m.element());
                }
                node.add(RouteEntry.method(m, policy));
                continue;
            }
            ResourceClass target = m.locatorTarget() == null ? null : reader.read(m.locatorTarget());
            if (target != null && !target.methods().isEmpty()) {
                use(m.policy());
                PolicyChain chain = classChain.with(m.policy());
                List<Node> targets = new ArrayList<>();
                targets.add(nodeFor(target, chain, path));
                // the container routes by the class of the returned object: any subclass may be it
                for (TypeElement sub : subclassesOf(m.locatorTarget())) {
                    ResourceClass subclass = reader.read(sub);
                    if (!subclass.methods().isEmpty()) {
                        targets.add(nodeFor(subclass, chain, path));
                    }
                }
                node.add(RouteEntry.locator(m.template(), targets));
            } else {
                PolicyChain chain = classChain.with(m.policy());
                PolicyUse policy = null;
                if (!chain.isEmpty()) {
                    use(m.policy());
                    policy = new PolicyUse(PolicyUse.Kind.OPAQUE_LOCATOR, chain, path + "/...", List.of(), Set.of(),
                            m.headerParams(), name, m.policy(), m.element());
                }
                node.add(RouteEntry.opaqueLocator(m.template(), policy));
            }
        }
        if (classChain.get(Attribute.ORIGINS) != null) {
            node.fallback(new PolicyUse(PolicyUse.Kind.FALLBACK, classChain, join(pathPrefix, ""),
                    new ArrayList<>(nodeMethods), nodeMethods, nodeHeaders, name, null, null));
        }
        return node;
    }

    /** @return the concrete classes of the compilation that extend or implement {@code type}, by name */
    private List<TypeElement> subclassesOf(TypeElement type) {
        List<TypeElement> result = new ArrayList<>();
        TypeMirror erased = types.erasure(type.asType());
        for (TypeElement c : classes) {
            if (c.equals(type) || c.getKind() != ElementKind.CLASS || c.getModifiers().contains(Modifier.ABSTRACT)) {
                continue;
            }
            if (types.isSubtype(types.erasure(c.asType()), erased)) {
                result.add(c);
            }
        }
        result.sort(Comparator.comparing(c -> c.getQualifiedName().toString()));
        return result;
    }

    private void use(PolicySpec spec) {
        if (spec != null) {
            used.add(spec);
        }
    }

    private static List<String> httpMethods(List<ResourceMethod> methods) {
        List<String> result = new ArrayList<>();
        methods.forEach(m -> result.add(m.httpMethod()));
        return result;
    }

    /** @return the template without leading and trailing {@code /}: {@code x} and {@code /x/} are one path */
    public static String normalize(String template) {
        int from = 0;
        int to = template.length();
        while (from < to && template.charAt(from) == '/') {
            from++;
        }
        while (to > from && template.charAt(to - 1) == '/') {
            to--;
        }
        return template.substring(from, to);
    }

    private static String join(String prefix, String template) {
        String t = template == null ? "" : normalize(template);
        if (t.isEmpty()) {
            return prefix.isEmpty() ? "/" : prefix;
        }
        return (prefix.equals("/") ? "" : prefix) + "/" + t;
    }

    private static final class NodeKey {
        private final TypeElement type;
        private final PolicyChain outer;

        NodeKey(TypeElement type, PolicyChain outer) {
            this.type = type;
            this.outer = outer;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NodeKey && ((NodeKey) o).type.equals(type) && ((NodeKey) o).outer.equals(outer);
        }

        @Override
        public int hashCode() {
            return Objects.hash(type, outer);
        }
    }
}
