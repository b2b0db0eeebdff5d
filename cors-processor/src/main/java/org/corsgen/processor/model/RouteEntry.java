package org.corsgen.processor.model;

/** One line of a node in the route table: a method, a locator to another node, or an opaque locator. */
public final class RouteEntry {

    /** What the entry is. */
    public enum Kind { METHOD, LOCATOR, OPAQUE_LOCATOR }

    private final Kind kind;
    private final String template;
    private final String httpMethod;
    private final PolicyUse policy;
    private final Node target;

    private RouteEntry(Kind kind, String template, String httpMethod, PolicyUse policy, Node target) {
        this.kind = kind;
        this.template = template;
        this.httpMethod = httpMethod;
        this.policy = policy;
        this.target = target;
    }

    static RouteEntry method(String template, String httpMethod, PolicyUse policy) {
        return new RouteEntry(Kind.METHOD, template, httpMethod, policy, null);
    }

    static RouteEntry locator(String template, Node target) {
        return new RouteEntry(Kind.LOCATOR, template, null, null, target);
    }

    static RouteEntry opaqueLocator(String template, PolicyUse policy) {
        return new RouteEntry(Kind.OPAQUE_LOCATOR, template, null, policy, null);
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

    /** @return the node a locator leads to */
    public Node target() {
        return target;
    }
}
