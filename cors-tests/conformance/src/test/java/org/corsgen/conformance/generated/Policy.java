package org.corsgen.conformance.generated;

import java.util.List;
import java.util.Locale;

/**
 * The effective CORS policy of one generated resource method, after merging its levels: what a response
 * of that method, and a preflight for it, may grant at most.
 */
record Policy(List<String> origins, boolean credentials, List<String> methods, List<String> allowedHeaders,
        List<String> exposedHeaders) {

    /** @return whether the policy is the credential-free {@code "*"} one, the only one that may answer {@code *} */
    boolean anyOrigin() {
        return origins.equals(List.of("*"));
    }

    boolean allowsOrigin(String origin) {
        return anyOrigin() || origins.contains(origin);
    }

    /**
     * @param acao the {@code Access-Control-Allow-Origin} value sent
     * @param origin the request's {@code Origin}
     * @return whether this policy may send that value to that origin
     */
    boolean allowsGrant(String acao, String origin) {
        return acao.equals(origin) && allowsOrigin(origin) || acao.equals("*") && anyOrigin() && !credentials;
    }

    /** Methods compare case-sensitively. */
    boolean allowsMethod(String method) {
        return methods.contains(method);
    }

    /** Header names compare case-insensitively; {@code "*"} allows any valid name. */
    boolean allowsHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return allowedHeaders.equals(List.of("*"))
                || allowedHeaders.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).equals(lower));
    }

    boolean exposes(String name) {
        return exposedHeaders.stream().anyMatch(h -> h.equalsIgnoreCase(name));
    }

    @Override
    public String toString() {
        return "{origins=" + origins + (credentials ? ", credentials" : "") + ", methods=" + methods
                + ", allowedHeaders=" + allowedHeaders + ", exposedHeaders=" + exposedHeaders + "}";
    }
}
