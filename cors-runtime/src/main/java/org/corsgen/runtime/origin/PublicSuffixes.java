package org.corsgen.runtime.origin;

/**
 * Tells whether a domain is a public suffix ({@code com}, {@code co.uk}, {@code github.io}), so that
 * a pattern such as {@code https://*.co.uk} can be refused. The processor supplies one backed by
 * Guava's maintained copy of the Public Suffix List; the runtime never needs a list of its own.
 */
@FunctionalInterface
public interface PublicSuffixes {

    /** No domain is a public suffix: the pattern rule is switched off. */
    PublicSuffixes NONE = domain -> false;

    /**
     * @param domain a lower-case ASCII domain without a trailing dot, e.g. {@code "co.uk"}
     * @return whether {@code domain} is on the Public Suffix List (ICANN or private section)
     */
    boolean isPublicSuffix(String domain);
}
