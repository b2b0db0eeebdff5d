package org.corsgen.conformance;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.corsgen.conformance.api.ApiCorsFeature;
import org.corsgen.conformance.api.BillingCorsFeature;
import org.corsgen.conformance.api.ItemConflictMapper;
import org.corsgen.conformance.observe.MatchObserver;

/** The smaller applications of the registration tests and of the documented container differences. */
public final class Apps {

    /** The Jakarta REST 3.1 §4.1.2 switch for {@code ServiceLoader} discovery of {@code Feature}s. */
    public static final String LOAD_SERVICES = "jakarta.ws.rs.loadServices";

    private Apps() {
    }

    static Set<Class<?>> union(Set<Class<?>> a, Set<Class<?>> b) {
        Set<Class<?>> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Lists its resource classes and nothing else: CORS must come from the services files alone. */
    @ApplicationPath("api")
    public static class ResourcesOnly extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return ConformanceApplication.RESOURCES;
        }
    }

    /** Switches service loading off and registers nothing: no CORS at all (the control case). */
    @ApplicationPath("api")
    public static class NoServiceLoading extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return ConformanceApplication.RESOURCES;
        }

        @Override
        public Map<String, Object> getProperties() {
            return Map.of(LOAD_SERVICES, false);
        }
    }

    /** Switches service loading off and registers the generated features itself: one line per module. */
    @ApplicationPath("api")
    public static class ManualRegistration extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return union(ConformanceApplication.RESOURCES, Set.of(ApiCorsFeature.class, BillingCorsFeature.class));
        }

        @Override
        public Map<String, Object> getProperties() {
            return Map.of(LOAD_SERVICES, false);
        }
    }

    /** Without a catch-all exception mapper: shows how each runtime writes an unmapped exception's 500. */
    @ApplicationPath("api")
    public static class WithoutCatchAllMapper extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return union(ConformanceApplication.RESOURCES, Set.of(ItemConflictMapper.class, MatchObserver.class));
        }
    }
}
