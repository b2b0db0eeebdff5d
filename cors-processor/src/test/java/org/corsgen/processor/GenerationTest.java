package org.corsgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.corsgen.processor.Compile.compile;
import static org.corsgen.processor.Compile.generated;
import static org.corsgen.processor.Compile.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

import com.google.testing.compile.Compilation;

import org.corsgen.runtime.CorsPolicy;
import org.corsgen.runtime.routing.RouteTable;
import org.junit.jupiter.api.Test;

/** What the processor writes: names, the filter's policies and routes, the Feature and the services entry. */
class GenerationTest {

    private static final JavaFileObject SHOP_ORDERS = source("com.example.shop.orders.Orders",
            "@Path(\"/orders\")",
            "@CrossOrigin(origins = \"https://shop.example.com\", credentials = true)",
            "public class Orders {",
            "  @GET public String list() { return \"\"; }",
            "  @GET @Path(\"{id}\") public String one() { return \"\"; }",
            "  @DELETE @Path(\"{id}\")",
            "  @CrossOrigin(origins = \"https://admin.example.com\")",
            "  public void delete() { }",
            "}");

    private static final JavaFileObject SHOP_USERS = source("com.example.shop.users.Users",
            "@Path(\"users\")",
            "@CrossOrigin(origins = \"https://shop.example.com\")",
            "public class Users {",
            "  @GET public String list() { return \"\"; }",
            "}");

    @Test
    void namesComeFromTheCommonPackageOfTheResourcesWithAPolicy() {
        JavaFileObject elsewhere = source("org.other.Health",
                "@Path(\"health\") public class Health { @GET public String get() { return \"\"; } }");
        Compilation c = compile(SHOP_ORDERS, SHOP_USERS, elsewhere);
        assertThat(c).succeededWithoutWarnings();
        String filter = generated(c, "com.example.shop.ShopCorsFilter");
        assertTrue(filter.contains("public final class ShopCorsFilter {"), filter);
        generated(c, "com.example.shop.ShopCorsFeature");
        // every root resource class is in the table, with or without a policy, so matching stays exact
        assertTrue(filter.contains("\n            root users "), filter);
        assertTrue(filter.contains("\n            root health "), filter);
        assertTrue(filter.contains("\n            root /orders "), filter);
    }

    @Test
    void optionsOverrideTheNames() {
        Compilation c = compile(List.of("-Acorsgen.package=com.acme.web", "-Acorsgen.name=Api"), SHOP_ORDERS);
        assertThat(c).succeededWithoutWarnings();
        generated(c, "com.acme.web.ApiCorsFilter");
        assertTrue(generated(c, "com.acme.web.ApiCorsFeature").contains("class ApiCorsFeature implements CorsModuleFeature"));
        assertEquals("com.acme.web.ApiCorsFeature\n", servicesFile(c));
    }

    @Test
    void onlyANameOptionKeepsTheDerivedPackage() {
        Compilation c = compile(List.of("-Acorsgen.name=Store"), SHOP_ORDERS);
        assertThat(c).succeededWithoutWarnings();
        generated(c, "com.example.shop.orders.StoreCorsFilter");
    }

    @Test
    void defaultPackageGivesCorsgen() {
        JavaFileObject src = source("Orders",
                "@Path(\"orders\") @CrossOrigin(origins = \"https://app.example.com\")",
                "public class Orders { @GET public String list() { return \"\"; } }");
        Compilation c = compile(src);
        assertThat(c).succeededWithoutWarnings();
        generated(c, "corsgen.CorsgenCorsFilter");
        assertEquals("corsgen.CorsgenCorsFeature\n", servicesFile(c));
    }

    @Test
    void featureAddsTheModuleToTheApplicationsOneFilter() {
        Compilation c = compile(SHOP_ORDERS, SHOP_USERS);
        assertThat(c).succeededWithoutWarnings();
        String feature = generated(c, "com.example.shop.ShopCorsFeature");
        assertTrue(feature.contains("public final class ShopCorsFeature implements CorsModuleFeature"), feature);
        // one filter for every module of the application: CorsFilter registers itself for the first one
        assertTrue(feature.contains("import org.corsgen.runtime.CorsFilter;"), feature);
        assertTrue(feature.contains("return CorsFilter.register(context, ShopCorsFilter.MODULE);"), feature);
        assertFalse(feature.contains("context.register("), feature);
        assertEquals("com.example.shop.ShopCorsFeature\n", servicesFile(c));
    }

    @Test
    void theModuleClassHoldsOnlyData() {
        Compilation c = compile(SHOP_ORDERS, SHOP_USERS);
        String filter = generated(c, "com.example.shop.ShopCorsFilter");
        assertTrue(filter.contains("@Generated(\"org.corsgen.processor.CrossOriginProcessor\")\n"
                + "public final class ShopCorsFilter {"), filter);
        assertTrue(filter.contains("import javax.annotation.processing.Generated;"), filter);
        // no filter of its own: the application's one CorsFilter decides for every module
        assertFalse(filter.contains("ContainerRequestFilter"), filter);
        assertFalse(filter.contains("@PreMatching"), filter);
        assertTrue(filter.contains("private static final CorsStartup STARTUP = new CorsStartup("
                + "\"com.example.shop.ShopCorsFilter\");"), filter);
        assertTrue(filter.contains("public static final CorsModule MODULE = STARTUP.finish(module());"), filter);
        assertTrue(filter.contains("private ShopCorsFilter() {\n    }"), filter);
        // the header names the classes the policies came from
        assertTrue(filter.startsWith("// Generated by corsgen from the @CrossOrigin policies of:\n"
                + "//   com.example.shop.orders.Orders\n//   com.example.shop.users.Users\n"), filter);
        // policies are declared before the engine that uses them
        assertTrue(filter.indexOf("CorsStartup STARTUP") < filter.indexOf("CorsPolicy P0"), filter);
        assertTrue(filter.indexOf("CorsPolicy P0") < filter.indexOf("CorsModule MODULE"), filter);
    }

    @Test
    void policiesAreDeduplicatedAndMethodLevelReplacesOnlyWhatItWrites() {
        Compilation c = compile(SHOP_ORDERS);
        assertThat(c).succeededWithoutWarnings();
        String filter = generated(c, "com.example.shop.orders.OrdersCorsFilter");
        // P0: the class-level fallback (every method of the class), also one() at {id}, which serves GET, DELETE
        assertTrue(filter.contains(policy("P0", "\"https://shop.example.com\"", true, "\"GET\", \"DELETE\"",
                "\"Content-Type\"")), filter);
        assertTrue(filter.contains(policy("P1", "\"https://shop.example.com\"", true, "\"GET\"",
                "\"Content-Type\"")), filter);
        // delete(): its own origins replace the class's, credentials are still inherited from the class
        assertTrue(filter.contains(policy("P2", "\"https://admin.example.com\"", true, "\"GET\", \"DELETE\"",
                "\"Content-Type\"")), filter);
        assertTrue(hasRow(filter, "node 0 P0 \"* /orders (no method matches)\""), filter);
        assertTrue(hasRow(filter, "method \"\" GET P1 \"GET /orders\""), filter);
        assertTrue(hasRow(filter, "method {id} GET P0 \"GET /orders/{id}\""), filter);
        assertTrue(hasRow(filter, "method {id} DELETE P2 \"DELETE /orders/{id}\""), filter);
        assertFalse(filter.contains("P3"), filter);
        assertTrue(hasRow(filter, "root /orders 0 com.example.shop.orders.Orders"), filter);
        assertTrue(filter.contains("CorsPolicy[] policies = {P0, P1, P2};\n"
                + "        return STARTUP.module(policies, TABLE0);"), filter);
        // what the container reports when a method runs: class, method, parameter types, policy
        assertTrue(hasRow(filter, "handler com.example.shop.orders.Orders list \"\" P1 \"GET /orders\""), filter);
    }

    @Test
    void identicalPoliciesShareOneConstant() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\")",
                "public class Orders {",
                "  @GET @CrossOrigin(origins = \"https://app.example.com\") public String a() { return \"\"; }",
                "  @GET @Path(\"b\") @CrossOrigin(origins = \"https://app.example.com\") public String b() { return \"\"; }",
                "  @GET @Path(\"c\") @CrossOrigin(origins = \"https://app.example.com\") public String c() { return \"\"; }",
                "}");
        Compilation c = compile(src);
        assertThat(c).succeededWithoutWarnings();
        String filter = generated(c, "test.TestCorsFilter");
        assertTrue(hasRow(filter, "method \"\" GET P0 \"GET /orders\""), filter);
        assertTrue(hasRow(filter, "method b GET P0 \"GET /orders/b\""), filter);
        assertTrue(hasRow(filter, "method c GET P0 \"GET /orders/c\""), filter);
        assertTrue(hasRow(filter, "node 0 -"), filter);
        assertFalse(filter.contains("P1"), filter);
    }

    @Test
    void defaultMethodsAreThoseServedAtThePathIncludingCustomDesignators() {
        JavaFileObject purge = source("test.PURGE",
                "import java.lang.annotation.*;",
                "@Target(ElementType.METHOD) @Retention(RetentionPolicy.RUNTIME) @HttpMethod(\"PURGE\")",
                "public @interface PURGE { }");
        JavaFileObject src = source("test.Cache",
                "@Path(\"cache\") @CrossOrigin(origins = \"https://app.example.com\")",
                "public class Cache {",
                "  @GET public String get() { return \"\"; }",
                "  @POST public void post() { }",
                "  @PURGE public void purge() { }",
                "  @PUT @Path(\"{key}\") public void put() { }",
                "}");
        Compilation c = compile(purge, src);
        assertThat(c).succeededWithoutWarnings();
        String filter = generated(c, "test.TestCorsFilter");
        assertTrue(filter.contains(".methods(\"GET\", \"POST\", \"PURGE\")"), filter);
        assertTrue(filter.contains(".methods(\"PUT\")"), filter);
        assertTrue(hasRow(filter, "method \"\" PURGE P1 \"PURGE /cache\""), filter);
        assertTrue(filter.contains(".methods(\"GET\", \"POST\", \"PURGE\", \"PUT\")"), filter); // the fallback
    }

    @Test
    void defaultAllowedHeadersAreContentTypeAndTheHeaderParamsAtThePath() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\") @CrossOrigin(origins = \"https://app.example.com\")",
                "public class Orders {",
                "  @HeaderParam(\"X-Tenant\") String tenant;",
                "  @GET public String list(@HeaderParam(\"X-Page\") String page) { return \"\"; }",
                "  @POST public void add(@HeaderParam(\"Idempotency-Key\") String key) { }",
                "  @GET @Path(\"{id}\") public String one() { return \"\"; }",
                "}");
        Compilation c = compile(src);
        assertThat(c).succeededWithoutWarnings();
        String filter = generated(c, "test.TestCorsFilter");
        assertTrue(filter.contains(".allowedHeaders(\"Content-Type\", \"X-Page\", \"X-Tenant\", \"Idempotency-Key\")"),
                filter);
        assertTrue(filter.contains(".allowedHeaders(\"Content-Type\", \"X-Tenant\")"), filter);
    }

    @Test
    void writtenValuesAreUsedAsWritten() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\")",
                "public class Orders {",
                "  @GET @CrossOrigin(origins = {\"https://a.example.com\", \"https://*.b.example.com\"},",
                "      methods = {\"GET\"}, allowedHeaders = \"*\", exposedHeaders = {\"X-Total\"},",
                "      maxAge = 600, privateNetwork = true)",
                "  public String list() { return \"\"; }",
                "}");
        Compilation c = compile(src);
        assertThat(c).succeededWithoutWarnings();
        String filter = generated(c, "test.TestCorsFilter");
        assertTrue(filter.contains("CorsPolicy.builder()\n"
                + "            .origins(\"https://a.example.com\", \"https://*.b.example.com\")\n"
                + "            .credentials(false)\n"
                + "            .methods(\"GET\")\n"
                + "            .allowedHeaders(\"*\")\n"
                + "            .exposedHeaders(\"X-Total\")\n"
                + "            .maxAge(600L)\n"
                + "            .privateNetwork(true)\n"
                + "            .build();"), filter);
    }

    @Test
    void packageInfoIsTheOutermostLevel() {
        JavaFileObject pkg = Compile.packageInfo("test", "@CrossOrigin(origins = \"https://app.example.com\", maxAge = 60)");
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\") @CrossOrigin(credentials = true)",
                "public class Orders { @GET @CrossOrigin(maxAge = 120) public String list() { return \"\"; } }");
        Compilation c = compile(pkg, src);
        assertThat(c).succeededWithoutWarnings();
        String filter = generated(c, "test.TestCorsFilter");
        assertTrue(filter.contains(".origins(\"https://app.example.com\")\n            .credentials(true)"), filter);
        assertTrue(filter.contains(".maxAge(120L)"), filter);
        assertTrue(filter.contains(".maxAge(60L)"), filter); // the class-level fallback
    }

    @Test
    void interfaceAnnotationsAreInherited() {
        JavaFileObject api = source("test.OrdersApi",
                "public interface OrdersApi {",
                "  @GET @Path(\"{id}\") String one(@PathParam(\"id\") String id, @HeaderParam(\"X-Trace\") String t);",
                "  @PUT @Path(\"{id}\") void put(@PathParam(\"id\") String id);",
                "}");
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\") @CrossOrigin(origins = \"https://app.example.com\")",
                "public class Orders implements OrdersApi {",
                "  @Override public String one(String id, String t) { return id; }",
                "  @Override @Produces(\"text/plain\") public void put(String id) { }", // own annotation: no inheritance
                "}");
        Compilation c = compile(api, src);
        assertThat(c).succeededWithoutWarnings();
        String filter = generated(c, "test.TestCorsFilter");
        assertTrue(hasRow(filter, "method {id} GET P0 \"GET /orders/{id}\""), filter);
        assertFalse(filter.contains("PUT"), filter);
        assertTrue(filter.contains(".allowedHeaders(\"Content-Type\", \"X-Trace\")"), filter);
    }

    @Test
    void superclassAnnotationsBeatInterfaceAnnotations() {
        JavaFileObject api = source("test.Api",
                "public interface Api { @POST @Path(\"x\") String x(); }");
        JavaFileObject base = source("test.Base",
                "public abstract class Base implements Api { @GET @Path(\"y\") public abstract String x(); }");
        JavaFileObject src = source("test.Impl",
                "@Path(\"r\") @CrossOrigin(origins = \"https://app.example.com\")",
                "public class Impl extends Base { @Override public String x() { return \"\"; } }");
        Compilation c = compile(api, base, src);
        assertThat(c).succeededWithoutWarnings();
        String filter = generated(c, "test.TestCorsFilter");
        assertTrue(hasRow(filter, "method y GET P0 \"GET /r/y\""), filter);
        assertFalse(filter.contains("POST"), filter);
    }

    @Test
    void locatorsLeadToSubResourceNodesAndOpaqueLocatorsKeepTheirPolicy() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\") @CrossOrigin(origins = \"https://app.example.com\")",
                "public class Orders {",
                "  @GET public String list() { return \"\"; }",
                "  @Path(\"{id}/items\") @CrossOrigin(credentials = true) public Items items() { return new Items(); }",
                "  @Path(\"dyn\") public Object dynamic() { return new Items(); }",
                "  public static class Items {",
                "    @GET public String list() { return \"\"; }",
                "    @DELETE @Path(\"{item}\") public void remove() { }",
                "    @Path(\"again\") public Items again() { return this; }", // a cycle
                "  }",
                "}");
        Compilation c = compile(src);
        assertThat(c).succeededWithoutWarnings();
        String filter = generated(c, "test.TestCorsFilter");
        assertTrue(hasRow(filter, "locator {id}/items 1"), filter);
        assertTrue(filter.contains("\n            opaque dyn P"), filter);
        assertTrue(filter.contains(" \"* /orders/dyn/... (locator)\"\n"), filter);
        assertTrue(filter.contains("\n            node 1 P"), filter);
        assertTrue(filter.contains(" \"* /orders/{id}/items (no method matches)\"\n"), filter);
        assertTrue(filter.contains("\n            method {item} DELETE P"), filter);
        assertTrue(filter.contains(" \"DELETE /orders/{id}/items/{item}\"\n"), filter);
        assertTrue(hasRow(filter, "locator again 1"), filter); // the cycle reuses the node
        assertFalse(filter.contains("node 2 "), filter);
        assertTrue(filter.contains(".origins(\"https://app.example.com\")\n            .credentials(true)\n"
                + "            .methods(\"DELETE\")"), filter); // root class → locator → sub-resource method
        assertTrue(hasRow(filter, "root orders 0 test.Orders"), filter);
    }

    @Test
    void thousandsOfRoutesAndPoliciesStayFarFromClassFileLimits() {
        List<String> lines = new ArrayList<>();
        lines.add("@Path(\"big\") @CrossOrigin(origins = \"https://app.example.com\")");
        lines.add("public class Big {");
        for (int i = 0; i < 1200; i++) {
            // a distinct maxAge per method: 1200 distinct policies, built by methods of their own
            lines.add("  @GET @Path(\"r" + i + "/{id}\") @CrossOrigin(maxAge = " + i + ") public String r" + i
                    + "() { return \"\"; }");
        }
        lines.add("}");
        JavaFileObject src = source("test.Big", lines.toArray(new String[0]));
        Compilation c = compile(Compile.STRICT, src);
        assertThat(c).succeededWithoutWarnings();
        String filter = generated(c, "test.TestCorsFilter");
        assertTrue(hasRow(filter, "method r1199/{id} GET P1200 \"GET /big/r1199/{id}\""),
                filter.substring(0, 2000));
        // 1201 policies: the array is filled by methods of at most 1000 assignments
        assertTrue(filter.contains("CorsPolicy[] policies = new CorsPolicy[1201];\n        policies0(policies);\n"
                + "        policies1(policies);\n        return STARTUP.module(policies, TABLE0"), filter.substring(0, 2000));
        assertTrue(filter.contains("private static void policies1(CorsPolicy[] policies) {\n"
                + "        policies[1000] = P1000;\n"), "the second part starts at 1000");
        assertFalse(filter.contains("policies2("), "at most 1000 assignments per part");
        assertTrue(filter.contains("private static final CorsPolicy P1200 = policy1200();"));
        // javac refuses a constant of more than 64 KB: the compilation above proves each TABLE<i> is smaller
    }

    @Test
    void templatesWithSpacesQuotesBackslashesAndControlCharactersSurviveTheTableText() throws Exception {
        String[] templates = { // as written in Java source
            "{id: [0-9]+}", "{id: \\\\d+}/x", "q\\\"q", "\\\"\\\"\\\"", "t\\tt", "-", "end ", "\u00fc\u00df"};
        List<String> lines = new ArrayList<>();
        lines.add("@Path(\"odd\") @CrossOrigin(origins = \"https://app.example.com\")");
        lines.add("public class Odd {");
        for (int i = 0; i < templates.length; i++) {
            lines.add("  @GET @Path(\"" + templates[i] + "\") public String m" + i + "() { return \"\"; }");
        }
        lines.add("}");
        Compilation c = compile(Compile.STRICT, source("test.Odd", lines.toArray(new String[0])));
        assertThat(c).succeededWithoutWarnings();
        String filter = generated(c, "test.TestCorsFilter");
        assertTrue(hasRow(filter, "method \"{id: [0-9]+}\" GET P0 \"GET /odd/{id: [0-9]+}\""), filter);
        assertTrue(hasRow(filter, "method \"-\" GET P0 \"GET /odd/-\""), filter);
        // the generated filter, loaded: the table it builds at class initialisation has every template as written
        RouteTable<?> table = Compile.routeTable(c, "test.TestCorsFilter");
        assertEquals("GET /odd/{id: [0-9]+}", label(table.lookup("odd/42", "GET")));
        assertEquals("GET /odd/{id: \\d+}/x", label(table.lookup("odd/7/x", "GET")));
        assertEquals("GET /odd/q\"q", label(table.lookup("odd/q%22q", "GET")));
        assertEquals("GET /odd/\"\"\"", label(table.lookup("odd/%22%22%22", "GET")));
        assertEquals("GET /odd/t\tt", label(table.lookup("odd/t%09t", "GET")));
        assertEquals("GET /odd/-", label(table.lookup("odd/-", "GET")));
        assertEquals("GET /odd/end ", label(table.lookup("odd/end%20", "GET")));
        assertEquals("GET /odd/\u00fc\u00df", label(table.lookup("odd/%C3%BC%C3%9F", "GET")));
        assertEquals("* /odd (no method matches)", label(table.lookup("odd/nothing/here", "GET")));
    }

    private static String label(Object policy) {
        assertNotNull(policy);
        return ((CorsPolicy) policy).route();
    }

    @Test
    void generatedSourcesCompileWithAllLintWarningsAsErrors() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\") @CrossOrigin(origins = {\"https://app.example.com\", \"http://localhost:*\"},",
                "    credentials = true, exposedHeaders = \"X-Total\")",
                "public class Orders {",
                "  @GET public String list(@HeaderParam(\"X-Page\") String page) { return \"\"; }",
                "  @Path(\"{id}/items\") public Items items() { return new Items(); }",
                "  @Path(\"any\") public Object any() { return new Items(); }",
                "  public static class Items { @GET public String list() { return \"\"; } }",
                "}");
        Compilation c = compile(Compile.STRICT, src, SHOP_USERS);
        assertThat(c).succeededWithoutWarnings();
    }

    @Test
    void theOnlyLintWarningIsJavacsUnclaimedAnnotationsNote() {
        // -Xlint:processing warns about every annotation no processor claims; corsgen never claims any
        Compilation c = compile(List.of("-Xlint:all"), SHOP_ORDERS, SHOP_USERS);
        assertThat(c).succeeded();
        assertTrue(Compile.count(c, javax.tools.Diagnostic.Kind.WARNING) > 0);
        // one per round: the resources' annotations, then the generated filter's (@Provider, @PreMatching, ...)
        assertTrue(c.warnings().stream().allMatch(w -> Compile.message(w)
                .startsWith("No processor claimed any of these annotations")), Compile.describe(c));
    }

    @Test
    void crossOriginIsInheritedTogetherWithTheJaxRsAnnotations() {
        JavaFileObject api = source("test.OrdersApi",
                "public interface OrdersApi {",
                "  @GET @CrossOrigin(origins = \"https://api.example.com\") String list();",
                "}");
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\")",
                "public class Orders implements OrdersApi {",
                "  @Override public String list() { return \"\"; }",
                "  public static final class Nested { }",
                "  @Path(\"nested\") public static class NestedRoot { @GET public String get() { return \"\"; } }",
                "}");
        Compilation c = compile(api, src);
        assertThat(c).succeededWithoutWarnings();
        String filter = generated(c, "test.TestCorsFilter");
        assertTrue(filter.contains(".origins(\"https://api.example.com\")"), filter);
        assertTrue(hasRow(filter, "method \"\" GET P0 \"GET /orders\""), filter);
        // nested static root classes count too, named by their binary name
        assertTrue(hasRow(filter, "root nested 1 test.Orders$NestedRoot"), filter);
    }

    /** @return whether the route table text of {@code filter} has the line {@code row} */
    private static boolean hasRow(String filter, String row) {
        return filter.contains("\n            " + row + "\n");
    }

    private static String policy(String name, String origins, boolean credentials, String methods, String headers) {
        return "private static final CorsPolicy " + name + " = CorsPolicy.builder()\n"
                + "            .origins(" + origins + ")\n"
                + "            .credentials(" + credentials + ")\n"
                + "            .methods(" + methods + ")\n"
                + "            .allowedHeaders(" + headers + ")\n";
    }

    private static String servicesFile(Compilation c) {
        try {
            return c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/org.corsgen.runtime.CorsModuleFeature")
                    .orElseThrow(() -> new AssertionError("no services file\n" + Compile.describe(c)))
                    .getCharContent(true).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
