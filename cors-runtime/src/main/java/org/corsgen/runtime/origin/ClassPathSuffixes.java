package org.corsgen.runtime.origin;

/**
 * Holds {@link PublicSuffixes#listOnClassPath()}, decided once (per class loader of corsgen), when it is first
 * asked for, without reflection: a missing Guava shows as a {@link LinkageError} when the first lookup is tried.
 */
final class ClassPathSuffixes {

    static final PublicSuffixes INSTANCE = find();

    private ClassPathSuffixes() {
    }

    private static PublicSuffixes find() {
        try {
            if (GuavaPublicSuffixes.INSTANCE.isPublicSuffix("com")) {
                return GuavaPublicSuffixes.INSTANCE;
            }
        } catch (LinkageError guavaMissing) {
            // fall through
        }
        return PublicSuffixes.NONE;
    }
}
