package org.corsgen.processor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every root resource class of the compilation as a graph of {@link Node}s (a node per resource class
 * and outer policy context), with the policy of each method; what the rules check and the generator writes.
 */
public final class RouteGraph {

    /** A root resource class and its node. */
    public static final class Root {
        private final String template;
        private final Node node;

        Root(String template, Node node) {
            this.template = template;
            this.node = node;
        }

        /** @return the class's {@code @Path} exactly as written */
        public String template() {
            return template;
        }

        public Node node() {
            return node;
        }
    }

    private final List<Node> nodes;
    private final List<Root> roots;
    private final Set<PolicySpec> used;

    RouteGraph(List<Node> nodes, List<Root> roots, Set<PolicySpec> used) {
        this.nodes = List.copyOf(nodes);
        this.roots = List.copyOf(roots);
        this.used = Collections.unmodifiableSet(new LinkedHashSet<>(used));
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Root> roots() {
        return roots;
    }

    /** @return the {@code @CrossOrigin} levels that take part in some policy chain */
    public Set<PolicySpec> usedPolicies() {
        return used;
    }

    /** @return every policy use, in node order: each node's fallback, then its entries */
    public List<PolicyUse> policyUses() {
        List<PolicyUse> uses = new ArrayList<>();
        for (Node n : nodes) {
            if (n.fallback() != null) {
                uses.add(n.fallback());
            }
            for (RouteEntry e : n.entries()) {
                if (e.policy() != null) {
                    uses.add(e.policy());
                }
            }
        }
        return uses;
    }

    /** @return whether {@code root}'s node, or any node reachable from it, has a policy */
    public boolean hasPolicy(Root root) {
        List<Node> todo = new ArrayList<>(List.of(root.node()));
        Set<Node> seen = new LinkedHashSet<>(todo);
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (n.fallback() != null) {
                return true;
            }
            for (RouteEntry e : n.entries()) {
                if (e.policy() != null) {
                    return true;
                }
                for (Node target : e.targets()) {
                    if (seen.add(target)) {
                        todo.add(target);
                    }
                }
            }
        }
        return false;
    }

    /** @return the classes the nodes were built from, in node order, without repeats */
    public List<ResourceClass> resourceClasses() {
        Set<ResourceClass> classes = new LinkedHashSet<>();
        for (Node n : nodes) {
            classes.add(n.resource());
        }
        return List.copyOf(classes);
    }
}
