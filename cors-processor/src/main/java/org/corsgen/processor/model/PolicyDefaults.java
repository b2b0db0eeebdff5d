package org.corsgen.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.corsgen.runtime.headers.HttpTokens;
import org.corsgen.runtime.rules.MethodRules;

/**
 * Fills in what no level wrote: {@code methods} → the HTTP methods served at that path;
 * {@code allowedHeaders} → {@code Content-Type} plus the {@code @HeaderParam} names at that path;
 * {@code maxAge} → 1800; {@code credentials}, {@code privateNetwork} → false; {@code exposedHeaders} → none.
 */
public final class PolicyDefaults {

    /** The annotation's documented default max-age, in seconds. */
    public static final long DEFAULT_MAX_AGE = 1800;

    private PolicyDefaults() {
    }

    public static ResolvedPolicy resolve(PolicyUse use) {
        PolicyChain chain = use.chain();
        return new ResolvedPolicy(
                strings(chain, Attribute.ORIGINS, List.of()),
                bool(chain, Attribute.CREDENTIALS),
                strings(chain, Attribute.METHODS, defaultMethods(use)),
                strings(chain, Attribute.ALLOWED_HEADERS, defaultHeaders(use)),
                strings(chain, Attribute.EXPOSED_HEADERS, List.of()),
                chain.get(Attribute.MAX_AGE) == null ? DEFAULT_MAX_AGE : chain.get(Attribute.MAX_AGE).number(),
                bool(chain, Attribute.PRIVATE_NETWORK));
    }

    /**
     * @return the served methods at the use's path, but those that break a method rule (a custom
     *     {@code @HttpMethod("TRACE")} or {@code @HttpMethod("patch")}: no preflight asks for them, and
     *     {@code CorsPolicy.Builder} refuses them); for an opaque locator, the usual non-simple ones
     */
    public static List<String> defaultMethods(PolicyUse use) {
        if (use.kind() == PolicyUse.Kind.OPAQUE_LOCATOR) {
            return RouteGraphBuilder.OPAQUE_DEFAULT_METHODS;
        }
        List<String> served = new ArrayList<>(use.servedMethods());
        served.removeIf(m -> !MethodRules.check(List.of(m)).isEmpty());
        return served.size() == use.servedMethods().size() ? use.servedMethods() : List.copyOf(served);
    }

    /** @return {@code Content-Type} and the {@code @HeaderParam} names, de-duplicated ignoring case */
    public static List<String> defaultHeaders(PolicyUse use) {
        List<String> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> all = new ArrayList<>();
        all.add("Content-Type");
        all.addAll(use.headerParams());
        for (String h : all) {
            // a @HeaderParam name that is not a token can never arrive: it cannot be allowed either
            if (HttpTokens.isToken(h) && seen.add(h.toLowerCase(Locale.ROOT))) {
                result.add(h);
            }
        }
        return result;
    }

    private static List<String> strings(PolicyChain chain, Attribute attribute, List<String> otherwise) {
        Written w = chain.get(attribute);
        return w == null ? otherwise : w.strings();
    }

    private static boolean bool(PolicyChain chain, Attribute attribute) {
        Written w = chain.get(attribute);
        return w != null && w.bool();
    }
}
