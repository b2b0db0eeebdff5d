package org.corsgen.processor.model;

import java.util.List;

/**
 * An effective policy with every default filled in: exactly what the generated code passes to
 * {@code CorsPolicy.builder()}. Compared by value, so equal policies share one generated constant.
 */
public record ResolvedPolicy(List<String> origins, boolean credentials, List<String> methods,
        List<String> allowedHeaders, List<String> exposedHeaders, long maxAge, boolean privateNetwork) {

    public ResolvedPolicy {
        origins = List.copyOf(origins);
        methods = List.copyOf(methods);
        allowedHeaders = List.copyOf(allowedHeaders);
        exposedHeaders = List.copyOf(exposedHeaders);
    }
}
