package org.corsgen.browser.api;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Lists its resources, its mapper and its test filters, and nothing for CORS: the generated
 * {@code ApiCorsFeature} is found through cors-runtime's service-loaded {@code CorsFeatures}, as in a
 * user's application.
 */
@ApplicationPath("api")
public class BrowserTestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(SimpleResource.class, ItemResource.class, HeaderResource.class, SecureResource.class,
                AnyHeaderResource.class, AccountResource.class, PublicResource.class, ErrorResource.class,
                CacheResource.class, TwoNamesResource.class, PageResource.class, GuardedResource.class,
                CatchAllMapper.class, EvidenceFeature.class);
    }
}
