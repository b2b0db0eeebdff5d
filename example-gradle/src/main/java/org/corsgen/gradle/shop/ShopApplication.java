package org.corsgen.gradle.shop;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Lists its resource and nothing for CORS. */
@ApplicationPath("api")
public class ShopApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ProductResource.class);
    }
}
