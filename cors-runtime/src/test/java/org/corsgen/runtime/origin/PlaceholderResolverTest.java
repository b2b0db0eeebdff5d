package org.corsgen.runtime.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corsgen.runtime.origin.PlaceholderResolver.Resolution;
import org.corsgen.runtime.origin.PlaceholderResolver.Source;
import org.junit.jupiter.api.Test;

/** Precedence: system property, then environment variable, then default; each name looked up once. */
class PlaceholderResolverTest {

    private static final OriginPlaceholder WITH_DEFAULT = OriginPlaceholder.parse("${CORS_ORIGINS:https://default.example.com}");
    private static final OriginPlaceholder WITHOUT_DEFAULT = OriginPlaceholder.parse("${CORS_ORIGINS}");

    private static PlaceholderResolver resolver(Map<String, String> properties, Map<String, String> environment) {
        return new PlaceholderResolver(properties::get, environment::get);
    }

    @Test
    void propertyBeatsEnvironmentBeatsDefault() {
        Map<String, String> prop = Map.of("CORS_ORIGINS", "https://property.example.com");
        Map<String, String> env = Map.of("CORS_ORIGINS", "https://env.example.com");

        Resolution both = resolver(prop, env).resolve(WITH_DEFAULT);
        assertEquals("https://property.example.com", both.value());
        assertEquals(Source.SYSTEM_PROPERTY, both.source());

        Resolution envOnly = resolver(Map.of(), env).resolve(WITH_DEFAULT);
        assertEquals("https://env.example.com", envOnly.value());
        assertEquals(Source.ENVIRONMENT_VARIABLE, envOnly.source());

        Resolution neither = resolver(Map.of(), Map.of()).resolve(WITH_DEFAULT);
        assertEquals("https://default.example.com", neither.value());
        assertEquals(Source.DEFAULT, neither.source());
    }

    @Test
    void withoutDefaultAndUnsetItIsUnresolved() {
        Resolution r = resolver(Map.of(), Map.of()).resolve(WITHOUT_DEFAULT);
        assertEquals(Source.NONE, r.source());
        assertNull(r.value());
        assertEquals(List.of(), r.origins());
        assertEquals("${CORS_ORIGINS} (neither system property nor environment variable CORS_ORIGINS is set, and"
                + " there is no default)", r.describe());
    }

    @Test
    void aSetButEmptyValueIsUsedNotTheDefault() {
        Resolution r = resolver(Map.of(), Map.of("CORS_ORIGINS", "")).resolve(WITH_DEFAULT);
        assertEquals(Source.ENVIRONMENT_VARIABLE, r.source());
        assertEquals(List.of(), r.origins());
    }

    @Test
    void theValueIsACommaSeparatedListAndDescribedWithItsSource() {
        Resolution r = resolver(Map.of("CORS_ORIGINS", "https://a.example.com, https://b.example.com"), Map.of())
                .resolve(WITH_DEFAULT);
        assertEquals(List.of("https://a.example.com", "https://b.example.com"), r.origins());
        assertEquals("${CORS_ORIGINS:https://default.example.com} = \"https://a.example.com, https://b.example.com\""
                + " (system property CORS_ORIGINS)", r.describe());
        assertEquals("${CORS_ORIGINS:https://default.example.com} = \"https://default.example.com\" (default)",
                resolver(Map.of(), Map.of()).resolve(WITH_DEFAULT).describe());
    }

    @Test
    void eachNameIsLookedUpOnceSoEveryPolicySeesTheSameValue() {
        List<String> lookups = new ArrayList<>();
        PlaceholderResolver r = new PlaceholderResolver(n -> {
            lookups.add("property " + n);
            return null;
        }, n -> {
            lookups.add("env " + n);
            return "https://env" + lookups.size() + ".example.com";
        });
        assertEquals("https://env2.example.com", r.resolve(WITH_DEFAULT).value());
        assertEquals("https://env2.example.com", r.resolve(WITHOUT_DEFAULT).value());
        assertEquals(List.of("property CORS_ORIGINS", "env CORS_ORIGINS"), lookups);
    }
}
