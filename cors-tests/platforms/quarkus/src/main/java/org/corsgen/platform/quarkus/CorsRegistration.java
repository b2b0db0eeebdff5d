package org.corsgen.platform.quarkus;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import org.corsgen.runtime.CorsFeatures;
import org.corsgen.runtime.CorsFilter;

/**
 * The registration Quarkus REST needs. It reads no {@code META-INF/services/jakarta.ws.rs.core.Feature}: it
 * takes a {@code Feature} only when the class is in its build-time (Jandex) index and annotated
 * {@code @Provider}, which this class, in the application's own module, is. And it injects nothing into a
 * filter instance a feature registers, so this feature, a CDI bean whose {@code @Context} fields Quarkus
 * injects, hands corsgen's filter the request-scoped {@code ResourceInfo}: what ran decides an actual
 * request's headers, as on every other container.
 */
@Provider
public class CorsRegistration implements Feature {

    @Context
    ResourceInfo matched;

    @Override
    public boolean configure(FeatureContext context) {
        context.property(CorsFilter.RESOURCE_INFO_PROPERTY, matched);
        return new CorsFeatures().configure(context);
    }
}
