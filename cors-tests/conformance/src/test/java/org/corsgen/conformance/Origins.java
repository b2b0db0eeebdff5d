package org.corsgen.conformance;

/**
 * The origins of the conformance application's policies; the header names and the assertions on them are
 * {@link org.corsgen.testsupport.CorsHeaders}.
 */
public final class Origins {

    /** In the package policy of the conformance resources. */
    public static final String APP = "https://app.example.com";
    /** In the package policy, and the only origin of the method-level overrides. */
    public static final String PAGE = "http://localhost:8081";
    /** The second module's origin. */
    public static final String BILLING = "https://billing.example.com";
    /** In no policy. */
    public static final String EVIL = "https://evil.example.net";

    private Origins() {
    }
}
