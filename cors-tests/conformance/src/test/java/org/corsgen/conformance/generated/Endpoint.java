package org.corsgen.conformance.generated;

/**
 * A resource method a request can reach.
 *
 * @param id what it writes in {@value ResourceSet#RAN}
 * @param module the module it was compiled in
 * @param template its full path template (class, locators and method {@code @Path}s)
 * @param produces its {@code @Produces}, or {@code null}
 * @param consumes its {@code @Consumes}, or {@code null}
 * @param policy its effective policy, or {@code null}: no grant at all
 */
record Endpoint(String id, String module, String httpMethod, String template, String produces, String consumes,
        Policy policy) {
}
