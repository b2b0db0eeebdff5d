package org.corsgen.runtime.routing;

/**
 * A root resource class as the builder collected it, unvalidated.
 *
 * @param template the class's {@code @Path} as written
 * @param node the node index of the class
 */
record RootDeclaration(String template, int node) {
}
