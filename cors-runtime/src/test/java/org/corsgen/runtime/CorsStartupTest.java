package org.corsgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.corsgen.runtime.origin.OriginProblem.Rule;
import org.corsgen.runtime.origin.PlaceholderResolver;
import org.corsgen.runtime.origin.PublicSuffixes;
import org.corsgen.runtime.routing.RouteTable;
import org.corsgen.testsupport.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a generated filter does in its class initialisation: placeholders resolved (property, environment,
 * default), each resolved list checked with the compile-time rules, and a start-up failure that names the
 * placeholder, the value, where it came from and the rule; or, when all is well, one log line.
 */
class CorsStartupTest {

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();

    private CorsStartup startup(PublicSuffixes suffixes) {
        return new CorsStartup("com.example.ShopCorsFilter", new PlaceholderResolver(properties::get, environment::get),
                suffixes);
    }

    private CorsStartup startup() {
        return startup(PublicSuffixes.SINGLE_LABEL);
    }

    /** resolved value, credentials, private network, suffixes, the rule it breaks. */
    static Stream<Arguments> badValues() {
        PublicSuffixes single = PublicSuffixes.SINGLE_LABEL;
        PublicSuffixes guava = PublicSuffixes.fromClassPath();
        return Stream.of(
                Arguments.of("https://app.example.com/", false, false, single, Rule.TRAILING_SLASH),
                Arguments.of("https://app.example.com/api", false, false, single, Rule.PATH),
                Arguments.of("https://App.example.com", false, false, single, Rule.UPPER_CASE),
                Arguments.of("https://app.example.com:443", false, false, single, Rule.DEFAULT_PORT),
                Arguments.of("app.example.com", false, false, single, Rule.MISSING_SCHEME),
                Arguments.of("ftp://app.example.com", false, false, single, Rule.UNSUPPORTED_SCHEME),
                Arguments.of("https://b\u00fccher.example", false, false, single, Rule.NON_ASCII_HOST),
                Arguments.of("null", false, false, single, Rule.NULL_ORIGIN),
                Arguments.of("*", true, false, single, Rule.WILDCARD_WITH_CREDENTIALS),
                Arguments.of("*", false, true, single, Rule.WILDCARD_WITH_PRIVATE_NETWORK),
                Arguments.of("*, https://app.example.com", false, false, single, Rule.WILDCARD_MIXED),
                Arguments.of("https://*.com", false, false, single, Rule.PUBLIC_SUFFIX_PATTERN),
                Arguments.of("https://*.co.uk", false, false, guava, Rule.PUBLIC_SUFFIX_PATTERN),
                Arguments.of("https://*example.com", false, false, single, Rule.BAD_PATTERN),
                Arguments.of("", false, false, single, Rule.EMPTY_LIST),
                Arguments.of(" , ", false, false, single, Rule.EMPTY_LIST),
                Arguments.of("${OTHER_ORIGINS}", false, false, single, Rule.PLACEHOLDER_IN_VALUE));
    }

    @ParameterizedTest(name = "{0} credentials={1} privateNetwork={2}")
    @MethodSource("badValues")
    void eachBadResolvedValueFailsStartUpNamingPlaceholderValueAndRule(String value, boolean credentials,
            boolean privateNetwork, PublicSuffixes suffixes, Rule rule) {
        environment.put("CORS_ORIGINS", value);
        CorsStartup s = startup(suffixes);
        CorsPolicy p = s.resolve(CorsPolicy.builder().origins("${CORS_ORIGINS}").credentials(credentials)
                .privateNetwork(privateNetwork).methods("GET"));
        assertNull(p, "nothing is built from a list that breaks a rule");
        assertNull(s.route(p, "GET /orders"));
        CorsStartupException e = assertThrows(CorsStartupException.class, () -> s.finish("table"));
        String m = e.getMessage();
        assertTrue(m.startsWith("corsgen: com.example.ShopCorsFilter cannot start: origins resolved at start-up"
                + " break the CORS rules (1 problem), and nothing is served with such a policy:\n  - "), m);
        assertTrue(m.contains("${CORS_ORIGINS} = " + quoted(value) + " (environment variable CORS_ORIGINS)"), m);
        assertTrue(m.contains(" breaks rule " + rule.id() + ": "), m);
        assertEquals(1, e.problems().size(), m);
        assertTrue(m.endsWith(e.problems().get(0)), m);
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    @Test
    void theRuleMessageSaysWhatToWrite() {
        properties.put("CORS_ORIGINS", "https://app.example.com/");
        CorsStartup s = startup();
        s.resolve(CorsPolicy.builder().origins("${CORS_ORIGINS:https://default.example.com}"));
        CorsStartupException e = assertThrows(CorsStartupException.class, () -> s.finish("table"));
        assertEquals(List.of("${CORS_ORIGINS:https://default.example.com} = \"https://app.example.com/\" (system"
                + " property CORS_ORIGINS) breaks rule origin-trailing-slash: origin \"https://app.example.com/\" has a"
                + " trailing '/'; browsers send \"https://app.example.com\" [in the policy with origins"
                + " [${CORS_ORIGINS:https://default.example.com}]]"), e.problems());
    }

    @Test
    void anUnresolvablePlaceholderWithoutDefaultFailsStartUp() {
        CorsStartup s = startup();
        assertNull(s.resolve(CorsPolicy.builder().origins("https://app.example.com", "${CORS_ORIGINS}")));
        CorsStartupException e = assertThrows(CorsStartupException.class, () -> s.finish("table"));
        assertEquals(List.of("${CORS_ORIGINS} (neither system property nor environment variable CORS_ORIGINS is"
                + " set, and there is no default) breaks rule placeholder-unresolved: a placeholder without default"
                + " must be set; set CORS_ORIGINS (system property or environment variable) to a comma-separated"
                + " list of origins, e.g. CORS_ORIGINS=https://app.example.com, or write a default:"
                + " \"${CORS_ORIGINS:https://app.example.com}\""), e.problems());
    }

    @Test
    void starWithCredentialsIsRefusedAlthoughTheAnnotationLooksFine() {
        environment.put("CORS_ORIGINS", "*");
        CorsStartup s = startup();
        assertNull(s.resolve(CorsPolicy.builder().origins("${CORS_ORIGINS}").credentials(true)));
        String m = assertThrows(CorsStartupException.class, () -> s.finish("table")).getMessage();
        assertTrue(m.contains("${CORS_ORIGINS} = \"*\" (environment variable CORS_ORIGINS) breaks rule"
                + " origin-wildcard-with-credentials: origin \"*\" cannot be combined with credentials = true"), m);
        assertTrue(m.endsWith("[in the policy with origins [${CORS_ORIGINS}], credentials = true]"), m);
    }

    @Test
    void everyProblemIsListedOnceInOneFailure() {
        environment.put("A", "https://a.example.com/");
        environment.put("B", "*");
        CorsStartup s = startup();
        s.resolve(CorsPolicy.builder().origins("${A}"));
        s.resolve(CorsPolicy.builder().origins("${A}").maxAge(5)); // same problem, listed once
        s.resolve(CorsPolicy.builder().origins("${A}").credentials(true)); // same problem, another policy
        s.resolve(CorsPolicy.builder().origins("${B}").credentials(true));
        s.resolve(CorsPolicy.builder().origins("${C}"));
        CorsStartupException e = assertThrows(CorsStartupException.class, () -> s.finish("table"));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("cannot start: origins resolved at start-up break the CORS rules"
                + " (3 problems)"), e.getMessage());
        assertTrue(e.problems().get(0).endsWith("[in the policy with origins [${A}]]"), e.problems().get(0));
        assertTrue(e.problems().get(0).contains("rule origin-trailing-slash"));
        assertTrue(e.problems().get(1).contains("rule origin-wildcard-with-credentials"));
        assertTrue(e.problems().get(2).contains("rule placeholder-unresolved"));
    }

    @Test
    void resolvedOriginsReplaceThePlaceholderNextToLiteralOnes() {
        properties.put("CORS_ORIGINS", "https://staging.example.com, https://*.preview.example.com");
        environment.put("CORS_ORIGINS", "https://ignored.example.com");
        CorsStartup s = startup();
        CorsPolicy p = s.resolve(CorsPolicy.builder()
                .origins("https://app.example.com", "${CORS_ORIGINS:https://default.example.com}")
                .credentials(true).methods("GET", "PUT"));
        assertNotNull(p);
        assertEquals(List.of("https://app.example.com", "https://staging.example.com", "https://*.preview.example.com"),
                p.origins());
        assertTrue(p.allowsOrigin("https://pr-12.preview.example.com"));
        assertTrue(p.allowsOrigin("https://app.example.com"));
        assertTrue(!p.allowsOrigin("https://ignored.example.com") && !p.allowsOrigin("https://default.example.com"));
        assertTrue(p.credentials());
        assertEquals(List.of("GET", "PUT"), p.methods());
    }

    @Test
    void theDefaultIsUsedWhenNothingIsSetAndAnEmptyValueSwitchesItOff() {
        CorsStartup s = startup();
        CorsPolicy d = s.resolve(CorsPolicy.builder().origins("https://app.example.com", "${DEV_ORIGINS:http://localhost:3000}"));
        assertEquals(List.of("https://app.example.com", "http://localhost:3000"), d.origins());

        environment.put("DEV_ORIGINS", "");
        CorsPolicy off = startup().resolve(CorsPolicy.builder().origins("https://app.example.com",
                "${DEV_ORIGINS:http://localhost:3000}"));
        assertEquals(List.of("https://app.example.com"), off.origins());
    }

    @Test
    void routesAreNamedAndTheTableIsReturned() {
        CorsStartup s = startup();
        CorsPolicy p = CorsPolicy.builder().origins("https://app.example.com").methods("GET").build();
        CorsPolicy named = s.route(p, "GET /orders");
        assertEquals("GET /orders", named.route());
        assertEquals(p, named);
        assertEquals(p.origins(), named.origins());
        assertEquals(p.methods(), named.methods());
        assertNull(p.route());
        assertNull(s.route(null, "GET /health"));
        Object table = new Object();
        assertSame(table, s.finish(table));
    }

    @Test
    void routesBuildsTheTableFromItsTextNamingEachRoutesPolicy() {
        CorsStartup s = startup();
        CorsPolicy p0 = CorsPolicy.builder().origins("https://app.example.com").methods("GET").build();
        CorsPolicy p1 = CorsPolicy.builder().origins("https://admin.example.com").methods("DELETE").build();
        RouteTable<CorsPolicy> table = s.routes(new CorsPolicy[] {p0, p1},
                "node 0 P0 \"* /orders (no method matches)\"\nmethod \"\" GET P0 \"GET /orders\"\n",
                "method {id} DELETE P1 \"DELETE /orders/{id}\"\nroot orders 0\n");
        assertEquals("GET /orders", table.lookup("orders", "GET").route());
        assertEquals(p0, table.lookup("orders", "GET"));
        assertEquals("DELETE /orders/{id}", table.lookup("orders/1", "DELETE").route());
        assertEquals(p1, table.lookup("orders/1", "DELETE"));
        assertEquals("* /orders (no method matches)", table.lookup("orders/1/2", "GET").route());
        assertTrue(s.summary().contains("applies 2 CORS policies on 3 routes"), s.summary());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.routes(new CorsPolicy[] {p0}, "node 0 P1 \"GET /x\"\n"));
        assertEquals("policy P1 of route GET /x does not exist (1 policies)", e.getMessage());
    }

    @Test
    void startUpIsLoggedOnceWithWhatEachPlaceholderResolvedTo() {
        environment.put("CORS_ORIGINS", "https://staging.example.com");
        try (LogCapture log = new LogCapture(Level.ALL)) {
            CorsStartup s = startup();
            CorsPolicy p = s.resolve(CorsPolicy.builder().origins("${CORS_ORIGINS:https://app.example.com}")
                    .methods("GET"));
            CorsPolicy q = CorsPolicy.builder().origins("https://app.example.com").methods("GET").build();
            s.route(p, "GET /orders");
            s.route(p, "* /orders (no method matches)");
            s.route(q, "GET /health");
            s.finish("table");
            assertEquals(List.of("corsgen: com.example.ShopCorsFilter applies 2 CORS policies on 3 routes; origins"
                    + " resolved at start-up: ${CORS_ORIGINS:https://app.example.com} = \"https://staging.example.com\""
                    + " (environment variable CORS_ORIGINS) gives [https://staging.example.com]; patterns checked"
                    + " against single-label public suffixes only (add Guava to the class path for the Public Suffix"
                    + " List)"), log.at(Level.INFO));
            assertEquals(List.of("corsgen: com.example.ShopCorsFilter: the policy of each route:\n"
                    + "  GET /orders: origins [https://staging.example.com], credentials false, methods [GET], allowed"
                    + " headers [], exposed headers [], max-age 1800, private network false\n"
                    + "  * /orders (no method matches): origins [https://staging.example.com], credentials false,"
                    + " methods [GET], allowed headers [], exposed headers [], max-age 1800, private network false\n"
                    + "  GET /health: origins [https://app.example.com], credentials false, methods [GET], allowed"
                    + " headers [], exposed headers [], max-age 1800, private network false"), log.at(Level.FINE));
            assertEquals(List.of(), log.at(Level.WARNING));
        }
    }

    @Test
    void warningsAboutResolvedValuesAreLoggedWithoutFailing() {
        environment.put("CORS_ORIGINS", "http://app.example.com, http://app.example.com");
        try (LogCapture log = new LogCapture(Level.INFO)) {
            CorsStartup s = startup();
            assertNotNull(s.resolve(CorsPolicy.builder().origins("${CORS_ORIGINS}").credentials(true)));
            s.finish("table");
            List<String> warnings = log.at(Level.WARNING);
            assertEquals(2, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("breaks rule origin-insecure-with-credentials"), warnings.get(0));
            assertTrue(warnings.get(1).contains("breaks rule origin-duplicate"), warnings.get(1));
            assertTrue(log.at(Level.FINE).isEmpty(), "DEBUG is not logged when the logger is at INFO");
        }
    }

    @Test
    void withoutPlaceholdersTheLogSaysSo() {
        try (LogCapture log = new LogCapture(Level.INFO)) {
            CorsStartup s = startup();
            s.route(CorsPolicy.builder().origins("https://app.example.com").build(), "GET /a");
            s.finish("table");
            assertEquals(List.of("corsgen: com.example.ShopCorsFilter applies 1 CORS policy on 1 route; no origins"
                    + " come from placeholders"), log.at(Level.INFO));
        }
    }
}
