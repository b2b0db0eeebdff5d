package org.corsgen.runtime.origin;

/**
 * Tells whether a domain is a public suffix ({@code com}, {@code co.uk}, {@code github.io}), so that
 * a pattern such as {@code https://*.co.uk} can be refused. Every check of corsgen uses the same one,
 * {@link #fromClassPath()}: the processor at compile time (Guava is on its class path, so that is Guava's
 * maintained copy of the Public Suffix List), {@code CorsPolicy.Builder}, and start-up when origins come
 * from placeholders (the same list when Guava is on the application's class path, otherwise
 * {@link #SINGLE_LABEL}).
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
     *     (any release since 23), else {@link #SINGLE_LABEL}; decided once (per class loader of corsgen),
     *     at the first call, without reflection: a missing Guava shows as a {@link LinkageError} when the
     *     first lookup is tried
     */
    static PublicSuffixes fromClassPath() {
        return ClassPathSuffixes.INSTANCE;
    }
}
