package org.corsgen.runtime.origin;

import java.util.List;

/**
 * The one implementation of "is this a valid configured origin list". The annotation processor calls
 * it at compile time for every effective {@code @CrossOrigin} policy and turns each
 * {@link OriginProblem} into a diagnostic on the annotation value; the runtime calls it when an origin
 * list is only known at start-up. Compile time and start-up therefore can never disagree.
 *
 * <p>Accepted values: {@code "*"} alone; a serialized origin exactly as browsers send it
 * ({@code scheme://host[:port]}, schemes {@code http}/{@code https}, lower-case ASCII, IPv4, bracketed
 * lower-case IPv6, no default port, port 1-65535); and patterns: a leading {@code *.} label wildcard
 * ({@code https://*.example.com}) and/or a {@code :*} port ({@code http://localhost:*}).
 */
public final class OriginRules {

    private OriginRules() {
    }

    /**
     * Checks one effective policy's origin list, reporting every problem (never stopping at the first).
     *
     * @param origins the configured values, in order as written
     * @param credentials whether the policy allows credentials ({@code *}, and non-loopback {@code http://}
     *     origins, are checked against it)
     * @param privateNetwork whether the policy opts into Private Network Access ({@code *} is refused with it)
     * @param suffixes the public-suffix list used for the pattern rule
     * @return all problems, errors and warnings, in the order of {@code origins}; empty when the list is valid
     */
    public static List<OriginProblem> check(List<String> origins, boolean credentials, boolean privateNetwork,
            PublicSuffixes suffixes) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
