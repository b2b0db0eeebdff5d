package org.corsgen.processor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code @CrossOrigin} levels that apply to one place, outermost first, merged attribute by attribute:
 * an attribute written on an inner level replaces the outer one.
 *
 * <p>For a root resource the chain is package → class → method. For a sub-resource reached through a
 * locator it is root package → root class → locator method → sub-resource class → sub-resource method:
 * the sub-resource's own {@code package-info} is not consulted, because a sub-resource class is reached
 * from, and belongs to, the root's policy, not its own package's.
 *
 * <p>Two chains are equal when they merge to the same attributes from the same levels and have the same
 * innermost level; this makes a locator cycle ({@code A.loc() → A}) converge to one node.
 */
public final class PolicyChain {

    public static final PolicyChain EMPTY = new PolicyChain(List.of());

    private final List<PolicySpec> levels;
    private final Map<Attribute, PolicySpec> sources;

    private PolicyChain(List<PolicySpec> levels) {
        this.levels = levels;
        Map<Attribute, PolicySpec> merged = new EnumMap<>(Attribute.class);
        for (PolicySpec level : levels) {
            for (Attribute a : Attribute.values()) {
                if (level.get(a) != null) {
                    merged.put(a, level);
                }
            }
        }
        this.sources = Collections.unmodifiableMap(merged);
    }

    /** @return this chain with {@code inner} as its new innermost level; {@code this} when it is {@code null} */
    public PolicyChain with(PolicySpec inner) {
        if (inner == null) {
            return this;
        }
        List<PolicySpec> next = new ArrayList<>(levels);
        next.add(inner);
        return new PolicyChain(List.copyOf(next));
    }

    /** @return whether no level has a {@code @CrossOrigin}: no policy */
    public boolean isEmpty() {
        return levels.isEmpty();
    }

    /** @return the innermost {@code @CrossOrigin}, or {@code null} for an empty chain */
    public PolicySpec innermost() {
        return levels.isEmpty() ? null : levels.get(levels.size() - 1);
    }

    /** @return the effective value of {@code attribute}, or {@code null} when no level writes it */
    public Written get(Attribute attribute) {
        PolicySpec source = sources.get(attribute);
        return source == null ? null : source.get(attribute);
    }

    /** @return the level the effective {@code attribute} comes from, or {@code null} */
    public PolicySpec sourceOf(Attribute attribute) {
        return sources.get(attribute);
    }

    /** @return the position of {@code level} in this chain (0 = outermost), or -1 */
    public int depthOf(PolicySpec level) {
        return levels.lastIndexOf(level);
    }

    public List<PolicySpec> levels() {
        return levels;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyChain && ((PolicyChain) o).sources.equals(sources)
                && ((PolicyChain) o).innermost() == innermost();
    }

    @Override
    public int hashCode() {
        return Objects.hash(sources, System.identityHashCode(innermost()));
    }
}
