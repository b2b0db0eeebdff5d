package org.corsgen.processor.model;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.lang.model.element.ExecutableElement;

/**
 * One place an effective policy applies: a resource method at a path, an opaque locator, or a node's
 * fallback; with what the defaults and the rules need to know about that place.
 */
public final class PolicyUse {

    /** What kind of place. */
    public enum Kind {
        /** A resource or sub-resource method. */
        METHOD,
        /** Every path below a locator whose returned class is unknown. */
        OPAQUE_LOCATOR,
        /** Paths that enter a node but match none of its methods (the class-level policy). */
        FALLBACK
    }

    private final Kind kind;
    private final PolicyChain chain;
    private final String path;
    private final List<String> servedMethods;
    private final Set<String> nodeMethods;
    private final List<String> headerParams;
    private final String resourceName;
    private final PolicySpec own;
    private final ExecutableElement method;

    PolicyUse(Kind kind, PolicyChain chain, String path, List<String> servedMethods, Set<String> nodeMethods,
            List<String> headerParams, String resourceName, PolicySpec own, ExecutableElement method) {
        this.own = own;
        this.method = method;
        this.kind = kind;
        this.chain = chain;
        this.path = path;
        this.servedMethods = List.copyOf(servedMethods);
        this.nodeMethods = Collections.unmodifiableSet(new LinkedHashSet<>(nodeMethods));
        this.headerParams = List.copyOf(headerParams);
        this.resourceName = resourceName;
    }

    public Kind kind() {
        return kind;
    }

    public PolicyChain chain() {
        return chain;
    }

    /** @return the full path template, for messages, e.g. {@code /orders/{id}} */
    public String path() {
        return path;
    }

    /**
     * @return the HTTP methods served at this path (same node, same template) in source order; for a
     *     fallback, those of the whole node; empty for an opaque locator (unknown)
     */
    public List<String> servedMethods() {
        return servedMethods;
    }

    /** @return every HTTP method the node serves, on any of its paths (empty for an opaque locator) */
    public Set<String> nodeMethods() {
        return nodeMethods;
    }

    /** @return the {@code @HeaderParam} names of the methods at this path (for a fallback: of the node) */
    public List<String> headerParams() {
        return headerParams;
    }

    /**
     * @return the {@code @CrossOrigin} of the method itself (resource method or locator), {@code null}
     *     for a fallback or a method without one
     */
    public PolicySpec own() {
        return own;
    }

    /** @return the resource method or locator, {@code null} for a fallback */
    public ExecutableElement method() {
        return method;
    }

    /** @return the simple name of the resource class, for messages */
    public String resourceName() {
        return resourceName;
    }
}
