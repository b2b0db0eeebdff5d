package org.corsgen.processor.generate;

import org.corsgen.processor.model.PolicyUse;

/**
 * Names a route the way the report, the start-up log and debug lines show it: {@code GET /orders/{id}};
 * {@code * /orders (no method matches)} for paths that enter a resource but match none of its methods;
 * {@code * /orders/dyn/... (locator)} for everything below a locator whose class is unknown.
 */
final class RouteLabel {

    private RouteLabel() {
    }

    /**
     * @param httpMethod the resource method's HTTP method ({@code null} for a fallback or an opaque locator)
     */
    static String of(PolicyUse use, String httpMethod) {
        switch (use.kind()) {
            case METHOD:
                return httpMethod + " " + use.path();
            case FALLBACK:
                return "* " + use.path() + " (no method matches)";
            case OPAQUE_LOCATOR:
                return "* " + use.path() + " (locator)";
            default:
                throw new AssertionError(use.kind());
        }
    }
}
