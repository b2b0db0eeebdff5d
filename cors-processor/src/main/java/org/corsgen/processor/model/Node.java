package org.corsgen.processor.model;

import java.util.ArrayList;
import java.util.List;

/** A resource class as reached with one outer policy context: a root, or through a locator. */
public final class Node {

    private final int index;
    private final ResourceClass resource;
    private final List<RouteEntry> entries = new ArrayList<>();
    private PolicyUse fallback;

    Node(int index, ResourceClass resource) {
        this.index = index;
        this.resource = resource;
    }

    public int index() {
        return index;
    }

    public ResourceClass resource() {
        return resource;
    }

    public List<RouteEntry> entries() {
        return List.copyOf(entries);
    }

    /** @return the class-level policy for paths that match none of the node's methods, or {@code null} */
    public PolicyUse fallback() {
        return fallback;
    }

    void add(RouteEntry entry) {
        entries.add(entry);
    }

    void fallback(PolicyUse value) {
        this.fallback = value;
    }
}
