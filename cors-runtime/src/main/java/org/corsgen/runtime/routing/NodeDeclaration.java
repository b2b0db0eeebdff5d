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
        final int targetNode;

        Member(Kind kind, String template, String httpMethod, P value, int targetNode) {
            this.kind = kind;
            this.template = template;
            this.httpMethod = httpMethod;
            this.value = value;
            this.targetNode = targetNode;
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
