package org.corsgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static javax.tools.Diagnostic.Kind.ERROR;
import static javax.tools.Diagnostic.Kind.WARNING;
import static org.corsgen.processor.Compile.compile;
import static org.corsgen.processor.Compile.expect;
import static org.corsgen.processor.Compile.getMethodWith;
import static org.corsgen.processor.Compile.source;

import javax.tools.JavaFileObject;

import com.google.testing.compile.Compilation;

import org.junit.jupiter.api.Test;

/** {@code allowedHeaders} and {@code exposedHeaders}. */
class HeaderRulesTest {

    @Test
    void allowedHeaderThatIsNotATokenIsAnError() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = \"https://app.example.com\", allowedHeaders = {",
                "      \"X-Ok\",",
                "      \"X-Request-Id:\"})");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "\"X-Request-Id:\"", "allowed header \"X-Request-Id:\" is not a valid header name",
                "write \"X-Request-Id\"");
    }

    @Test
    void exposedHeaderThatIsNotATokenIsAnError() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = \"https://app.example.com\", exposedHeaders = \"X Total\")");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "exposedHeaders", "exposed header \"X Total\" is not a valid header name",
                "write \"X-Total\"");
    }

    @Test
    void wildcardAloneIsFineForAllowedHeaders() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = \"https://app.example.com\", credentials = true, allowedHeaders = \"*\")");
        assertThat(compile(src)).succeededWithoutWarnings();
    }

    @Test
    void wildcardMixedWithNamesIsAnError() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = \"https://app.example.com\", allowedHeaders = {",
                "      \"X-A\",",
                "      \"*\"})");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "\"*\"})", "allowed header \"*\" cannot be mixed with header names (\"X-A\")",
                "write allowedHeaders = \"*\" alone");
    }

    @Test
    void wildcardWithAuthorizationIsFineWithAndWithoutCredentials() {
        for (String credentials : new String[] {"false", "true"}) {
            JavaFileObject src = getMethodWith(
                    "  @CrossOrigin(origins = \"https://app.example.com\", credentials = " + credentials + ",",
                    "      allowedHeaders = {\"*\", \"Authorization\"})");
            assertThat(compile(src)).succeededWithoutWarnings();
        }
    }

    @Test
    void wildcardWithAuthorizationAndOtherNamesNamesOnlyTheOthers() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = \"https://app.example.com\", allowedHeaders = {",
                "      \"Authorization\", \"X-A\",",
                "      \"*\"})");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "\"*\"})", "allowed header \"*\" cannot be mixed with header names (\"X-A\"):",
                "every valid name except Authorization", "or {\"*\", \"Authorization\"} to allow Authorization too");
    }

    @Test
    void exposedWildcardWithCredentialsIsAnError() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = \"https://app.example.com\", credentials = true,",
                "      exposedHeaders = \"*\")");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "exposedHeaders = \"*\"", "exposed header \"*\"", "read it literally",
                "list the header names to expose instead");
    }

    @Test
    void exposedWildcardWithCredentialsFromTheClassIsReportedOnTheInnerLevel() {
        JavaFileObject src = source("test.Orders",
                "@Path(\"orders\")",
                "@CrossOrigin(origins = \"https://app.example.com\", exposedHeaders = \"*\")",
                "public class Orders {",
                "  @GET @CrossOrigin(credentials = true) public String list() { return \"\"; }",
                "}");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "@CrossOrigin(credentials = true)", "exposed header \"*\"",
                "comes from the @CrossOrigin on class test.Orders");
    }

    @Test
    void exposedWildcardWithoutCredentialsIsFine() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = \"https://app.example.com\", exposedHeaders = \"*\")");
        assertThat(compile(src)).succeededWithoutWarnings();
    }

    @Test
    void exposingSetCookieIsAWarning() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = \"https://app.example.com\", exposedHeaders = {",
                "      \"X-Total\",",
                "      \"Set-Cookie\"})");
        Compilation c = compile(src);
        assertThat(c).succeeded();
        expect(c, WARNING, src, "\"Set-Cookie\"})", "exposed header \"Set-Cookie\" is never exposed to scripts",
                "remove it");
    }

    @Test
    void allowingAForbiddenRequestHeaderIsAWarning() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = \"https://app.example.com\", allowedHeaders = {",
                "      \"Content-Type\",",
                "      \"Cookie\"})");
        Compilation c = compile(src);
        assertThat(c).succeeded();
        expect(c, WARNING, src, "\"Cookie\"})", "allowed header \"Cookie\" can never be sent by page scripts",
                "write credentials = true");
    }

    @Test
    void allowingASecHeaderIsAWarning() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = \"https://app.example.com\", allowedHeaders = \"Sec-Fetch-Mode\")");
        Compilation c = compile(src);
        assertThat(c).succeeded();
        expect(c, WARNING, src, "Sec-Fetch-Mode", "allowed header \"Sec-Fetch-Mode\" can never be sent");
    }
}
