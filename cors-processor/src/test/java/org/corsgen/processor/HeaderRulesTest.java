package org.corsgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static javax.tools.Diagnostic.Kind.ERROR;
import static javax.tools.Diagnostic.Kind.WARNING;
import static org.corsgen.processor.Compile.compile;
import static org.corsgen.processor.Compile.count;
import static org.corsgen.processor.Compile.describe;
import static org.corsgen.processor.Compile.expect;
import static org.corsgen.processor.Compile.getMethodWith;
import static org.corsgen.processor.Compile.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void corsProtocolResponseHeaderInAllowedHeadersIsAnError() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = \"https://app.example.com\", allowedHeaders = {",
                "      \"X-Ok\",",
                "      \"Access-Control-Allow-Origin\"})");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "\"Access-Control-Allow-Origin\"})",
                "allowed header \"Access-Control-Allow-Origin\" is a response header of the CORS protocol, which"
                        + " corsgen sets itself",
                "remove it (to allow an origin, list it in origins = {...})");
    }

    @Test
    void corsProtocolRequestHeaderInAllowedHeadersIsAnErrorNotTheForbiddenNameWarning() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = \"https://app.example.com\",",
                "      allowedHeaders = \"Access-Control-Request-Method\")");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "allowedHeaders = \"Access-Control-Request-Method\"",
                "allowed header \"Access-Control-Request-Method\" is a request header of the CORS protocol: the"
                        + " browser sends it itself",
                "remove it (to allow a method, list it in methods = {...})");
        assertEquals(0, count(c, WARNING), describe(c));
    }

    @Test
    void corsProtocolNamesInExposedHeadersAreErrors() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = \"https://app.example.com\", exposedHeaders = {",
                "      \"Access-Control-Request-Method\",",
                "      \"X-Total\",",
                "      \"access-control-allow-origin\"})");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "\"Access-Control-Request-Method\",",
                "exposed header \"Access-Control-Request-Method\" is a request header of the CORS protocol",
                "it never comes in a response, so there is nothing to expose; remove it");
        expect(c, ERROR, src, "\"access-control-allow-origin\"})",
                "exposed header \"access-control-allow-origin\" is a response header of the CORS protocol",
                "remove it (to allow an origin, list it in origins = {...})");
        assertEquals(2, count(c, ERROR), describe(c));
    }

    @Test
    void otherAccessControlNamesAreErrorsToo() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = \"https://app.example.com\", allowedHeaders = \"Access-Control-Tenant\",",
                "      exposedHeaders = \"Access-Control-Max-Age\")");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "allowedHeaders = \"Access-Control-Tenant\"",
                "allowed header \"Access-Control-Tenant\" starts with Access-Control-", "rename the header, e.g. \"X-Tenant\"");
        expect(c, ERROR, src, "exposedHeaders = \"Access-Control-Max-Age\"",
                "exposed header \"Access-Control-Max-Age\" is a response header of the CORS protocol",
                "write maxAge = 600");
    }

    /** The case: in a policy with six mistakes, each one is reported, the CORS protocol names too. */
    @Test
    void everyMistakeOfAPolicyIsReportedTheCorsProtocolNamesToo() {
        JavaFileObject src = getMethodWith(
                "  @CrossOrigin(origins = \"https://app.example.com/\", methods = \"patch\", maxAge = -1,",
                "      allowedHeaders = {\"X A\",",
                "          \"Access-Control-Allow-Origin\"},",
                "      exposedHeaders = \"Access-Control-Request-Method\")");
        Compilation c = compile(src);
        assertThat(c).failed();
        expect(c, ERROR, src, "\"Access-Control-Allow-Origin\"},", "allowed header \"Access-Control-Allow-Origin\"");
        expect(c, ERROR, src, "exposedHeaders = \"Access-Control-Request-Method\"",
                "exposed header \"Access-Control-Request-Method\"");
        assertEquals(6, count(c, ERROR), describe(c));
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
