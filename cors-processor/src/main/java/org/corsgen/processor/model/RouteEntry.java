package org.corsgen.processor.model;

import java.util.List;

/** One line of a node in the route table: a method, a locator to another node, or an opaque locator. */
public final class RouteEntry {

    /** What the entry is. */
    public enum Kind { METHOD, LOCATOR, OPAQUE_LOCATOR }

    private final Kind kind;
    private final String template;
    private final String httpMethod;
    private final PolicyUse policy;
    private final List<Node> targets;
    private final ResourceMethod method;

    private RouteEntry(Kind kind, String template, String httpMethod, PolicyUse policy, List<Node> targets,
            ResourceMethod method) {
        this.kind = kind;
        this.template = template;
        this.httpMethod = httpMethod;
        this.policy = policy;
        this.targets = List.copyOf(targets);
        this.method = method;
    }

    static RouteEntry method(ResourceMethod method, PolicyUse policy) {
        return new RouteEntry(Kind.METHOD, method.template(), method.httpMethod(), policy, List.of(), method);
    }

    /** @param targets the nodes of the classes the locator may return: its return type's, then its subclasses' */
    static RouteEntry locator(String template, List<Node> targets) {
        return new RouteEntry(Kind.LOCATOR, template, null, null, targets, null);
    }

    static RouteEntry opaqueLocator(String template, PolicyUse policy) {
        return new RouteEntry(Kind.OPAQUE_LOCATOR, template, null, policy, List.of(), null);
    }

    public Kind kind() {
        return kind;
    }

    /** @return the {@code @Path} as written ({@code ""} for a resource method without one) */
    public String template() {
        return template;
    }

    public String httpMethod() {
        return httpMethod;
    }

    /** @return the policy, or {@code null} when no {@code @CrossOrigin} applies (also for locators) */
    public PolicyUse policy() {
        return policy;
    }


    /** @return for a locator, the nodes of the classes it may return (its return type's first); else empty */
    public List<Node> targets() {
        return targets;
    }

    /** @return for a method entry, the resource method; else {@code null} */
    public ResourceMethod method() {
        return method;
    }
}
