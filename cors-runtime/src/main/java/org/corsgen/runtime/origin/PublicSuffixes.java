package org.corsgen.runtime.origin;

/**
 * Tells whether a domain is a public suffix ({@code com}, {@code co.uk}, {@code github.io}), so that
 * a pattern such as {@code https://*.co.uk} can be refused. There is one list, Guava's maintained copy of
 * the Public Suffix List, looked up once ({@link #listOnClassPath()}); every check uses it: the processor
 * at compile time (Guava is on its class path), {@code CorsPolicy.Builder}, and start-up when origins come
 * from placeholders. Where the application has no Guava, the two runtime checks fall back differently, each
 * for its reason: start-up, which checks values no compiler saw, treats every single-label domain as a
 * suffix ({@link #fromClassPath()}); the builder, which also builds every policy the processor accepted,
 * checks no suffix ({@link #listOnClassPath()}), so that it never refuses what compile time accepted (a
 * {@code https://*.internal} is not on the list).
 */
@FunctionalInterface
public interface PublicSuffixes {

    /** No domain is a public suffix: the pattern rule is switched off. */
    PublicSuffixes NONE = domain -> false;

    /**
     * Every single-label domain ({@code com}, {@code dev}, {@code internal}) is treated as a public
     * suffix; multi-label suffixes ({@code co.uk}, {@code github.io}) cannot be told without the list.
     * So {@code https://*.com} is refused, {@code https://*.co.uk} is not.
     */
    PublicSuffixes SINGLE_LABEL = domain -> domain.indexOf('.') < 0;

    /**
     * @param domain a lower-case ASCII domain without a trailing dot, e.g. {@code "co.uk"}
     * @return whether {@code domain} is on the Public Suffix List (ICANN or private section)
     */
    boolean isPublicSuffix(String domain);

    /**
     * @return the Public Suffix List of Guava's {@code InternetDomainName} when Guava is on the class path
     *     (any release since 23), else {@link #SINGLE_LABEL} (what start-up checks resolved values with)
     */
    static PublicSuffixes fromClassPath() {
        PublicSuffixes list = listOnClassPath();
        return list == NONE ? SINGLE_LABEL : list;
    }

    /**
     * @return the Public Suffix List of Guava's {@code InternetDomainName} when Guava is on the class path,
     *     else {@link #NONE}; decided once, at the first call (what {@code CorsPolicy.Builder} checks with)
     */
    static PublicSuffixes listOnClassPath() {
        return ClassPathSuffixes.INSTANCE;
    }
}
