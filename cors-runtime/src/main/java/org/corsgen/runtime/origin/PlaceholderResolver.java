package org.corsgen.runtime.origin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.corsgen.runtime.rules.Quote;

/**
 * Resolves {@linkplain OriginPlaceholder placeholders}: the system property of that name, else the
 * environment variable of that name, else the placeholder's default. Each name is looked up once per
 * resolver (the generated filter has one, used during its class initialisation), so every policy that
 * uses a placeholder sees the same value.
 *
 * <p>A property or variable that is set but empty resolves to an empty list: it does not fall back to
 * the default (that is how one environment switches off what the default allows).
 */
public final class PlaceholderResolver {

    /** Where a value came from. */
    public enum Source {
        SYSTEM_PROPERTY("system property"),
        ENVIRONMENT_VARIABLE("environment variable"),
        DEFAULT("default"),
        /** Neither set nor defaulted: the placeholder cannot be resolved. */
        NONE("nowhere");

        private final String description;

        Source(String description) {
            this.description = description;
        }

        /** @return e.g. {@code system property} */
        public String description() {
            return description;
        }
    }

    /**
     * What one placeholder resolved to.
     *
     * @param placeholder the placeholder
     * @param value the raw value (a comma-separated list), or {@code null} for {@link Source#NONE}
     * @param source where {@code value} came from
     */
    public record Resolution(OriginPlaceholder placeholder, String value, Source source) {

        /** @return the origins of {@link #value()}, {@linkplain OriginPlaceholder#split split} */
        public List<String> origins() {
            return OriginPlaceholder.split(value);
        }

        /**
         * @return e.g. {@code ${CORS_ORIGINS} = "https://a.example.com" (system property CORS_ORIGINS)} or
         *     {@code ${CORS_ORIGINS:https://a.example.com} = "https://a.example.com" (default)}
         */
        public String describe() {
            String where = switch (source) {
                case SYSTEM_PROPERTY, ENVIRONMENT_VARIABLE -> source.description() + " " + placeholder.name();
                case DEFAULT -> "default";
                case NONE -> "neither system property nor environment variable " + placeholder.name()
                        + " is set, and there is no default";
            };
            return placeholder.text() + (value == null ? "" : " = " + Quote.of(value)) + " (" + where + ")";
        }
    }

    private record Found(String value, Source source) {
    }

    private final UnaryOperator<String> properties;
    private final UnaryOperator<String> environment;
    private final Map<String, Found> byName = new HashMap<>();

    /**
     * @param properties looks up a system property ({@code null} when not set)
     * @param environment looks up an environment variable ({@code null} when not set)
     */
    public PlaceholderResolver(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** @return a resolver reading {@link System#getProperty} and {@link System#getenv} */
    public static PlaceholderResolver system() {
        return new PlaceholderResolver(System::getProperty, System::getenv);
    }

    /** @return the resolution: property, else environment variable, else default, else {@link Source#NONE} */
    public synchronized Resolution resolve(OriginPlaceholder placeholder) {
        Found found = byName.computeIfAbsent(placeholder.name(), this::lookUp);
        if (found.source() != Source.NONE) {
            return new Resolution(placeholder, found.value(), found.source());
        }
        if (placeholder.hasDefault()) {
            return new Resolution(placeholder, placeholder.defaultValue(), Source.DEFAULT);
        }
        return new Resolution(placeholder, null, Source.NONE);
    }

    private Found lookUp(String name) {
        String v = properties.apply(name);
        if (v != null) {
            return new Found(v, Source.SYSTEM_PROPERTY);
        }
        v = environment.apply(name);
        if (v != null) {
            return new Found(v, Source.ENVIRONMENT_VARIABLE);
        }
        return new Found(null, Source.NONE);
    }
}
