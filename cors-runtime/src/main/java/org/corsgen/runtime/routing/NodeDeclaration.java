package org.corsgen.runtime.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * What the builder collected for one node, unvalidated: templates are parsed and node references resolved
 * only by {@link TableCompiler}.
 *
 * @param <P> the value type
 */
final class NodeDeclaration<P> {

    enum Kind { METHOD, LOCATOR, OPAQUE_LOCATOR }

    /** A method or locator, in source order. */
    static final class Member<P> {
        final Kind kind;
        final String template;
        final String httpMethod;
        final P value;
        /** For a locator: the nodes of the classes it may return (its return type and subclasses). */
        final int[] targetNodes;

        Member(Kind kind, String template, String httpMethod, P value, int... targetNodes) {
            this.kind = kind;
            this.template = template;
            this.httpMethod = httpMethod;
            this.value = value;
            this.targetNodes = targetNodes;
        }
    }

    final int index;
    final P fallback;
    final List<Member<P>> members = new ArrayList<>();

    NodeDeclaration(int index, P fallback) {
        this.index = index;
        this.fallback = fallback;
    }
}
