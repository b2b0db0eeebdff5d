package org.corsgen.conformance.generated;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One {@code @CrossOrigin} as a generated source writes it: each attribute is written ({@code non-null})
 * or not ({@code null}, inherited from the enclosing level). Levels merge attribute by attribute, as the
 * README's annotation table says; {@link #maxAge} and {@code privateNetwork} are never written.
 */
record CrossOriginSpec(List<String> origins, Boolean credentials, List<String> methods, List<String> allowedHeaders,
        List<String> exposedHeaders) {

    CrossOriginSpec {
        if (origins != null && origins.isEmpty() || methods != null && methods.isEmpty()
                || allowedHeaders != null && allowedHeaders.isEmpty()) {
            throw new IllegalArgumentException("an empty origins, methods or allowedHeaders means \"inherit\":"
                    + " leave it unwritten (null) instead");
        }
    }

    /** Every attribute of the model written: the policy does not depend on an enclosing level. */
    static CrossOriginSpec full(List<String> origins, boolean credentials, List<String> methods,
            List<String> allowedHeaders, List<String> exposedHeaders) {
        return new CrossOriginSpec(List.copyOf(origins), credentials, List.copyOf(methods), List.copyOf(allowedHeaders),
                List.copyOf(exposedHeaders));
    }

    /** Only {@code origins} written: everything else comes from the enclosing levels. */
    static CrossOriginSpec originsOnly(String... origins) {
        return new CrossOriginSpec(List.of(origins), null, null, null, null);
    }

    /** @return this level merged over {@code outer}: what this level writes replaces what {@code outer} says */
    CrossOriginSpec over(CrossOriginSpec outer) {
        if (outer == null) {
            return this;
        }
        return new CrossOriginSpec(origins != null ? origins : outer.origins,
                credentials != null ? credentials : outer.credentials, methods != null ? methods : outer.methods,
                allowedHeaders != null ? allowedHeaders : outer.allowedHeaders,
                exposedHeaders != null ? exposedHeaders : outer.exposedHeaders);
    }

    /**
     * @return the effective policy of a merged chain; {@code methods} must be written somewhere (its default,
     *     the methods served at the path, is not modelled), the other attributes take the README's defaults:
     *     no credentials, {@code Content-Type} (the generated resources have no {@code @HeaderParam}), no
     *     exposed headers
     */
    Policy resolve() {
        if (origins == null || methods == null) {
            throw new IllegalStateException("the model needs origins and methods written on some level: " + this);
        }
        return new Policy(origins, credentials != null && credentials, methods,
                allowedHeaders != null ? allowedHeaders : List.of("Content-Type"),
                exposedHeaders != null ? exposedHeaders : List.of());
    }

    /** @return the annotation as Java source */
    String source() {
        List<String> parts = new ArrayList<>();
        if (origins != null) {
            parts.add("origins = " + array(origins));
        }
        if (credentials != null) {
            parts.add("credentials = " + credentials);
        }
        if (methods != null) {
            parts.add("methods = " + array(methods));
        }
        if (allowedHeaders != null) {
            parts.add("allowedHeaders = " + array(allowedHeaders));
        }
        if (exposedHeaders != null) {
            parts.add("exposedHeaders = " + array(exposedHeaders));
        }
        return "@CrossOrigin(" + String.join(", ", parts) + ")";
    }

    private static String array(List<String> values) {
        return values.stream().map(v -> '"' + v + '"').collect(Collectors.joining(", ", "{", "}"));
    }
}
