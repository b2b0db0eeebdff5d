package org.corsgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static javax.tools.Diagnostic.Kind.WARNING;
import static org.corsgen.processor.Compile.compile;
import static org.corsgen.processor.Compile.expect;
import static org.corsgen.processor.Compile.source;

import javax.tools.JavaFileObject;

import com.google.testing.compile.Compilation;

import org.junit.jupiter.api.Test;

/** WARNING: {@code @CrossOrigin} where it has no effect. */
class PlacementRulesTest {

    @Test
    void onAClassThatIsNoResource() {
        JavaFileObject helper = source("test.Helper",
                "@CrossOrigin(origins = \"https://app.example.com\")",
                "public class Helper { public String get() { return \"\"; } }");
        JavaFileObject resource = source("test.Orders",
                "@Path(\"orders\") @CrossOrigin(origins = \"https://app.example.com\")",
                "public class Orders { @GET public String list() { return \"\"; } }");
        Compilation c = compile(helper, resource);
        assertThat(c).succeeded();
        expect(c, WARNING, helper, "@CrossOrigin", "@CrossOrigin on class test.Helper has no effect",
                "not a Jakarta REST resource class", "put it on a resource class");
        assertThat(c).hadWarningCount(1);
    }

    @Test
    void onAMethodThatIsNoResourceMethod() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\")",
                "public class Orders {",
                "  @GET @CrossOrigin(origins = \"https://app.example.com\") public String list() { return \"\"; }",
                "  @CrossOrigin(origins = \"https://app.example.com\") public String helper() { return \"\"; }",
                "}");
        Compilation c = compile(src);
        assertThat(c).succeeded();
        expect(c, WARNING, src, "helper()", "@CrossOrigin on method test.Orders.helper() has no effect",
                "not a resource method or sub-resource locator", "put it on a resource method");
        assertThat(c).hadWarningCount(1);
    }

    @Test
    void onAResourceMethodOfAClassThatIsNoResource() {
        JavaFileObject src = source("test.Orphan",
                "public class Orphan {",
                "  @GET @CrossOrigin(origins = \"https://app.example.com\") public String list() { return \"\"; }",
                "}");
        Compilation c = compile(src);
        assertThat(c).succeeded();
        expect(c, WARNING, src, "list()", "@CrossOrigin on method test.Orphan.list() has no effect",
                "its class is not a Jakarta REST resource class");
        Compile.assertNothingGenerated(src);
    }

    @Test
    void onAPackageWithoutResources() {
        JavaFileObject pkg = Compile.packageInfo("test.empty", "@CrossOrigin(origins = \"https://app.example.com\")");
        JavaFileObject resource = source("test.Orders",
                "@Path(\"orders\") @CrossOrigin(origins = \"https://app.example.com\")",
                "public class Orders { @GET public String list() { return \"\"; } }");
        Compilation c = compile(pkg, resource);
        assertThat(c).succeeded();
        expect(c, WARNING, pkg, "@CrossOrigin", "@CrossOrigin on package test.empty has no effect");
    }

    @Test
    void onASubResourceClassReachedThroughALocatorIsUsed() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\")",
                "public class Orders {",
                "  @Path(\"{id}/items\") public Items items() { return new Items(); }",
                "  @CrossOrigin(origins = \"https://app.example.com\")",
                "  public static class Items { @GET public String list() { return \"\"; } }",
                "}");
        assertThat(compile(src)).succeededWithoutWarnings();
    }
}
