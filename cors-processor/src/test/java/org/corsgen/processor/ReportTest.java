package org.corsgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.corsgen.processor.Compile.compile;
import static org.corsgen.processor.Compile.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

import com.google.testing.compile.Compilation;

import org.junit.jupiter.api.Test;

/** The policy report: JSON and Markdown in the class output, and the summary printed as notes. */
class ReportTest {

    private static final JavaFileObject PACKAGE = Compile.packageInfo("com.example.shop",
            "@CrossOrigin(origins = {\"https://shop.example.com\", \"${SHOP_ORIGINS}\"}, maxAge = 600)");

    private static final JavaFileObject ORDERS = source("com.example.shop.Orders",
            "@Path(\"orders\")",
            "@CrossOrigin(credentials = true, exposedHeaders = \"X-Total\")",
            "public class Orders {",
            "  @GET public String list(@HeaderParam(\"X-Page\") String page) { return \"\"; }",
            "  @DELETE @Path(\"{id}\")",
            "  @CrossOrigin(origins = \"${ADMIN_ORIGINS:https://admin.example.com}\", maxAge = 0)",
            "  public void delete(@PathParam(\"id\") long id) { }",
            "  @Path(\"{id}/items\") public Items items() { return new Items(); }",
            "  @Path(\"dyn\") public Object dynamic() { return null; }",
            "  public static class Items { @GET public String list() { return \"\"; } }",
            "}");

    private static final JavaFileObject HEALTH = source("com.example.shop.Health",
            "@Path(\"health\") @CrossOrigin(origins = \"*\")",
            "public class Health { @GET public String get() { return \"\"; } }");

    private static final String JSON = """
            {
              "filter": "com.example.shop.ShopCorsFilter",
              "feature": "com.example.shop.ShopCorsFeature",
              "placeholders": [
                {
                  "placeholder": "${ADMIN_ORIGINS:https://admin.example.com}",
                  "name": "ADMIN_ORIGINS",
                  "lookup": ["system property ADMIN_ORIGINS", "environment variable ADMIN_ORIGINS"],
                  "default": ["https://admin.example.com"],
                  "routes": 1
                },
                {
                  "placeholder": "${SHOP_ORIGINS}",
                  "name": "SHOP_ORIGINS",
                  "lookup": ["system property SHOP_ORIGINS", "environment variable SHOP_ORIGINS"],
                  "default": null,
                  "routes": 5
                }
              ],
              "routes": [
                {
                  "method": "GET",
                  "path": "/health",
                  "match": "resource method",
                  "resource": "com.example.shop.Health.get()",
                  "policy": {
                    "origins": ["*"],
                    "credentials": false,
                    "methods": ["GET"],
                    "allowedHeaders": ["Content-Type"],
                    "exposedHeaders": [],
                    "maxAge": 600,
                    "privateNetwork": false
                  },
                  "from": {
                    "origins": "class com.example.shop.Health",
                    "credentials": "default",
                    "methods": "default: the methods served at /health",
                    "allowedHeaders": "default: Content-Type and the @HeaderParam names at /health",
                    "exposedHeaders": "default",
                    "maxAge": "package com.example.shop",
                    "privateNetwork": "default"
                  },
                  "placeholders": []
                },
                {
                  "method": "*",
                  "path": "/health",
                  "match": "no resource method matches (404, 405)",
                  "resource": "com.example.shop.Health",
                  "policy": {
                    "origins": ["*"],
                    "credentials": false,
                    "methods": ["GET"],
                    "allowedHeaders": ["Content-Type"],
                    "exposedHeaders": [],
                    "maxAge": 600,
                    "privateNetwork": false
                  },
                  "from": {
                    "origins": "class com.example.shop.Health",
                    "credentials": "default",
                    "methods": "default: the methods the resource class serves",
                    "allowedHeaders": "default: Content-Type and the @HeaderParam names",
                    "exposedHeaders": "default",
                    "maxAge": "package com.example.shop",
                    "privateNetwork": "default"
                  },
                  "placeholders": []
                },
                {
                  "method": "GET",
                  "path": "/orders",
                  "match": "resource method",
                  "resource": "com.example.shop.Orders.list(String)",
                  "policy": {
                    "origins": ["https://shop.example.com", "${SHOP_ORIGINS}"],
                    "credentials": true,
                    "methods": ["GET"],
                    "allowedHeaders": ["Content-Type", "X-Page"],
                    "exposedHeaders": ["X-Total"],
                    "maxAge": 600,
                    "privateNetwork": false
                  },
                  "from": {
                    "origins": "package com.example.shop",
                    "credentials": "class com.example.shop.Orders",
                    "methods": "default: the methods served at /orders",
                    "allowedHeaders": "default: Content-Type and the @HeaderParam names at /orders",
                    "exposedHeaders": "class com.example.shop.Orders",
                    "maxAge": "package com.example.shop",
                    "privateNetwork": "default"
                  },
                  "placeholders": ["${SHOP_ORIGINS}"]
                },
            """;

    @Test
    void jsonListsEveryRouteWithItsPolicyWhereEachValueComesFromAndThePlaceholders() {
        Compilation c = compile(PACKAGE, ORDERS, HEALTH);
        assertThat(c).succeededWithoutWarnings();
        String json = resource(c, "META-INF/corsgen/com.example.shop.Shop.json");
        assertTrue(json.startsWith(JSON), json);
        // the rest, in order: path, then kind (method, locator, unmatched), then HTTP method
        assertEquals(List.of("GET /health", "* /health", "GET /orders", "* /orders", "* /orders/dyn/...",
                "DELETE /orders/{id}", "GET /orders/{id}/items", "* /orders/{id}/items"), routes(json));
        assertTrue(json.contains("""
                      "method": "DELETE",
                      "path": "/orders/{id}",
                      "match": "resource method",
                      "resource": "com.example.shop.Orders.delete(long)",
                      "policy": {
                        "origins": ["${ADMIN_ORIGINS:https://admin.example.com}"],
                        "credentials": true,
                        "methods": ["DELETE"],
                        "allowedHeaders": ["Content-Type"],
                        "exposedHeaders": ["X-Total"],
                        "maxAge": 0,
                        "privateNetwork": false
                      },
                      "from": {
                        "origins": "method com.example.shop.Orders.delete(long)",
                        "credentials": "class com.example.shop.Orders",
                """), json);
        assertTrue(json.contains("""
                      "method": "*",
                      "path": "/orders/dyn/...",
                      "match": "every path below a locator whose resource class is unknown",
                      "resource": "com.example.shop.Orders.dynamic()",
                """), json);
        assertTrue(json.contains("\"methods\": \"default: the usual methods, as the locator's resource class is unknown\""),
                json);
        assertTrue(json.endsWith("  ]\n}\n"), json);
    }

    private static List<String> routes(String json) {
        List<String> out = new java.util.ArrayList<>();
        String[] lines = json.split("\n");
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].startsWith("      \"method\": ")) {
                String method = lines[i].substring(17, lines[i].length() - 2);
                String path = lines[i + 1].substring(15, lines[i + 1].length() - 2);
                out.add(method + " " + path);
            }
        }
        return out;
    }

    @Test
    void markdownShowsTheSameDataAsTables() {
        Compilation c = compile(PACKAGE, ORDERS, HEALTH);
        String md = resource(c, "META-INF/corsgen/com.example.shop.Shop.md");
        assertTrue(md.startsWith("""
                # CORS policy report: com.example.shop.ShopCorsFilter

                Generated by corsgen from the `@CrossOrigin` annotations (the same data as `com.example.shop.Shop.json`). \
                After a value, in parentheses, the annotation it was written on; values without are defaults.

                ## Resolved at start-up

                | placeholder | looked up as | default | routes |
                |---|---|---|---|
                | `${ADMIN_ORIGINS:https://admin.example.com}` | system property, then environment variable `ADMIN_ORIGINS` | https://admin.example.com | 1 |
                | `${SHOP_ORIGINS}` | system property, then environment variable `SHOP_ORIGINS` | none: start-up fails when unset | 5 |

                ## Routes

                | route | origins | credentials | methods | allowed headers | exposed headers | max-age | private network |
                |---|---|---|---|---|---|---|---|
                | `GET /health` | \\* (Health) | no | GET | Content-Type | none | 600 (package) | no |
                | `* /health (no method matches)` | \\* (Health) | no | GET | Content-Type | none | 600 (package) | no |
                | `GET /orders` | https://shop.example.com, `${SHOP_ORIGINS}` (package) | yes (Orders) | GET | Content-Type, X-Page | X-Total (Orders) | 600 (package) | no |
                """), md);
        assertTrue(md.contains("| `DELETE /orders/{id}` | `${ADMIN_ORIGINS:https://admin.example.com}` (Orders.delete)"
                + " | yes (Orders) | DELETE | Content-Type | X-Total (Orders) | 0 (Orders.delete) | no |\n"), md);
        assertEquals(8, md.lines().filter(l -> l.startsWith("| `") && l.contains(" /")).count(), md);
    }

    @Test
    void summaryOptionPrintsOneNotePerRoute() {
        Compilation c = compile(List.of("-Acorsgen.report=summary"), PACKAGE, ORDERS, HEALTH);
        assertThat(c).succeededWithoutWarnings();
        List<String> notes = c.notes().stream().map(Compile::message).collect(Collectors.toList());
        assertEquals(9, notes.size(), notes.toString());
        assertEquals("corsgen: ShopCorsFilter applies 6 CORS policies on 8 routes, with origins from"
                + " ${ADMIN_ORIGINS:https://admin.example.com}, ${SHOP_ORIGINS} resolved at start-up; report in"
                + " META-INF/corsgen/com.example.shop.Shop.json and com.example.shop.Shop.md", notes.get(0));
        assertEquals("corsgen:   GET /orders: origins https://shop.example.com, ${SHOP_ORIGINS}; credentials;"
                + " methods GET; headers Content-Type, X-Page; exposes X-Total; max-age 600", notes.get(3));
        assertEquals("corsgen:   DELETE /orders/{id}: origins ${ADMIN_ORIGINS:https://admin.example.com};"
                + " credentials; methods DELETE; headers Content-Type; exposes X-Total; max-age 0", notes.get(6));
    }

    /** {@code "*"} in allowedHeaders means what browsers mean by it; the report says so where it shows the list. */
    @Test
    void wildcardAllowedHeadersSayWhatTheyCover() {
        JavaFileObject any = source("com.example.shop.Any",
                "@Path(\"any\") @CrossOrigin(origins = \"https://shop.example.com\", allowedHeaders = \"*\")",
                "public class Any {",
                "  @GET public String get() { return \"\"; }",
                "  @GET @Path(\"signed-in\") @CrossOrigin(allowedHeaders = {\"*\", \"Authorization\"}, credentials = true)",
                "  public String signedIn() { return \"\"; }",
                "}");
        Compilation c = compile(List.of("-Acorsgen.report=summary"), any);
        assertThat(c).succeededWithoutWarnings();
        String md = resource(c, "META-INF/corsgen/com.example.shop.Shop.md");
        assertTrue(md.contains("| `GET /any` | https://shop.example.com (Any) | no | GET |"
                + " \\* (every valid name except Authorization) (Any) |"), md);
        assertTrue(md.contains("| `GET /any/signed-in` | https://shop.example.com (Any) | yes (Any.signedIn) | GET |"
                + " \\*, Authorization (every valid name) (Any.signedIn) |"), md);
        List<String> notes = c.notes().stream().map(Compile::message).collect(Collectors.toList());
        assertTrue(notes.contains("corsgen:   GET /any: origins https://shop.example.com; methods GET;"
                + " headers * (every valid name except Authorization); max-age 1800"), notes.toString());
        assertTrue(notes.contains("corsgen:   GET /any/signed-in: origins https://shop.example.com; credentials;"
                + " methods GET; headers *, Authorization (every valid name); max-age 1800"), notes.toString());
        String json = resource(c, "META-INF/corsgen/com.example.shop.Shop.json");
        assertTrue(json.contains("\"allowedHeaders\": [\"*\", \"Authorization\"],"), json);
    }

    @Test
    void withoutTheOptionNoNotes() {
        Compilation c = compile(PACKAGE, ORDERS, HEALTH);
        assertEquals(0, Compile.count(c, Diagnostic.Kind.NOTE), Compile.describe(c));
    }

    @Test
    void anUnknownReportOptionIsAnError() {
        Compilation c = compile(List.of("-Acorsgen.report=full"), HEALTH);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("option -Acorsgen.report=full is not known; write -Acorsgen.report=summary");
        Compile.assertNothingGenerated(List.of("-Acorsgen.report=full"), HEALTH);
    }

    @Test
    void noReportWhenAPolicyIsInvalid() {
        JavaFileObject bad = source("com.example.shop.Bad",
                "@Path(\"bad\") @CrossOrigin(origins = \"${BAD\")",
                "public class Bad { @GET public String get() { return \"\"; } }");
        assertThat(compile(bad)).failed();
        Compile.assertNothingGenerated(bad);
    }

    private static String resource(Compilation c, String path) {
        try {
            return c.generatedFile(StandardLocation.CLASS_OUTPUT, path)
                    .orElseThrow(() -> new AssertionError("not written: " + path + "\n" + Compile.describe(c)))
                    .getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
