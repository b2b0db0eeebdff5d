package org.corsgen.example;

import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.corsgen.example.api.CatchAllMapper;
import org.corsgen.example.api.ConflictMapper;
import org.corsgen.example.api.HealthResource;
import org.corsgen.example.api.OrderResource;
import org.corsgen.example.api.PartnerResource;
import org.corsgen.example.api.StatusResource;

/**
 * The application registers its resources and mappers, and nothing for CORS: the generated
 * {@code ApiCorsFeature} is found by cors-runtime's {@code CorsFeatures}, which the container loads itself.
 */
@ApplicationPath("api")
public class ExampleApplication extends Application {

    private final Map<String, Object> properties;

    public ExampleApplication() {
        this(Map.of());
    }

    /**
     * @param properties the application's configuration properties, e.g. {@code corsgen.debug = true},
     *     which the generated feature reads to switch on debug mode
     */
    public ExampleApplication(Map<String, Object> properties) {
        this.properties = Map.copyOf(properties);
    }

    @Override
    public Map<String, Object> getProperties() {
        return properties;
    }

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(StatusResource.class, OrderResource.class, PartnerResource.class, HealthResource.class,
                ConflictMapper.class, CatchAllMapper.class);
    }
}
