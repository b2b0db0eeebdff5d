package org.corsgen.runtime.routing;

/**
 * A root resource class as the builder collected it, unvalidated.
 *
 * @param template the class's {@code @Path} as written
 * @param node the node index of the class, or {@link #FOREIGN}
 */
record RootDeclaration(String template, int node) {

    /** The node of a root resource class that no corsgen module compiled: its methods and policies are unknown. */
    static final int FOREIGN = -1;

    boolean isForeign() {
        return node == FOREIGN;
    }
}
