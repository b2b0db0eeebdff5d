package org.corsgen.runtime;

import jakarta.ws.rs.core.Feature;

/**
 * Implemented by every generated {@code <Name>CorsFeature} (one per compiled module), which the processor
 * lists in {@code META-INF/services/org.corsgen.runtime.CorsModuleFeature}; {@link CorsFeatures} registers
 * all of them. An application that switches service loading off registers its module's feature itself.
 */
public interface CorsModuleFeature extends Feature {
}
