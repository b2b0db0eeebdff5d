package org.corsgen.hardening.api;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Lists the resources only: the generated {@code ApiCorsFeature} comes in through its services file. */
@ApplicationPath("api")
public class HardeningApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ExactResource.class, SeveralResource.class, PatternResource.class, AnyResource.class,
                EchoResource.class);
    }
}
