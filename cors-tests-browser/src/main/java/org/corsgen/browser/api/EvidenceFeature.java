package org.corsgen.browser.api;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/** Registers the test's own filters with explicit priorities (the CORS filter comes from its own Feature). */
public final class EvidenceFeature implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        context.register(EvidenceFilter.class, EvidenceFilter.PRIORITY);
        context.register(BearerAuthFilter.class, Priorities.AUTHENTICATION);
        return true;
    }
}
