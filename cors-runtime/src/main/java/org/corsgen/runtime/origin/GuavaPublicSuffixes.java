package org.corsgen.runtime.origin;

import com.google.common.net.InternetDomainName;

/**
 * The Public Suffix List as Guava ships it. Guava is an optional dependency of the runtime: this class
 * is only loaded by {@link PublicSuffixes#fromClassPath()}, which falls back when Guava is missing.
 */
final class GuavaPublicSuffixes implements PublicSuffixes {

    static final GuavaPublicSuffixes INSTANCE = new GuavaPublicSuffixes();

    private GuavaPublicSuffixes() {
    }

    @Override
    public boolean isPublicSuffix(String domain) {
        return InternetDomainName.isValid(domain) && InternetDomainName.from(domain).isPublicSuffix();
    }

    @Override
    public String toString() {
        return "the Public Suffix List of Guava";
    }
}
