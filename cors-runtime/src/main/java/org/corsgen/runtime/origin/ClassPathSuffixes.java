package org.corsgen.runtime.origin;

/** Holds {@link PublicSuffixes#fromClassPath()}, decided once, when it is first asked for. */
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
        return PublicSuffixes.SINGLE_LABEL;
    }
}
