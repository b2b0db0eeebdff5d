package org.corsgen.runtime;

import java.util.ServiceLoader;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * The one {@code Feature} of corsgen that containers load themselves, through this jar's
 * {@code META-INF/services/jakarta.ws.rs.core.Feature} (Jakarta REST 3.1 §4.1.2): it finds the generated
 * feature of every module ({@link CorsModuleFeature}, through {@link ServiceLoader}) and configures each,
 * so any number of separately compiled modules get their filters with no code in the application.
 *
 * <p>Why not one services entry per module: RESTEasy 6.2 and 7.0 keep the service-loaded features in a set
 * ordered by {@code @Priority} alone, so of several features without one only the first survives (for a
 * second corsgen module, or any other library's feature). This class carries a priority of its own and is
 * the only corsgen entry there. Each generated feature registers its filter only if it is not registered
 * yet, so a feature also listed in {@code Application#getClasses()} does no harm.
 */
@Priority(CorsFeatures.PRIORITY)
public final class CorsFeatures implements Feature {

    /**
     * This feature's priority among service-loaded features: any value other features are unlikely to use
     * (RESTEasy keeps one feature per value; features without {@code @Priority} all share
     * {@code Integer.MAX_VALUE}).
     */
    public static final int PRIORITY = 1_900;

    @Override
    public boolean configure(FeatureContext context) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = CorsFeatures.class.getClassLoader();
        }
        boolean any = false;
        for (CorsModuleFeature module : ServiceLoader.load(CorsModuleFeature.class, loader)) {
            any |= module.configure(context);
        }
        return any;
    }
}
