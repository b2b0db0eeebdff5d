package org.corsgen.conformance.generated;

import static org.corsgen.conformance.generated.IssueCases.OPEN;
import static org.corsgen.conformance.generated.IssueCases.STRICT;
import static org.corsgen.conformance.generated.IssueCases.assertRanWithGrant;
import static org.corsgen.conformance.generated.IssueCases.assertRanWithoutGrant;
import static org.corsgen.conformance.generated.IssueCases.assertRefusedPreflight;
import static org.corsgen.conformance.generated.IssueCases.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.corsgen.conformance.generated.ResourceSet.Module;
import org.corsgen.conformance.generated.ResourceSet.ResourceClass;
import org.corsgen.testsupport.CorsHeaders;
import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, case 1: content negotiation. One path, one HTTP method, two {@code @Produces} (or
 * {@code @Consumes}) variants with different policies: the grant is the policy of the variant that ran, and a
 * preflight, which carries neither {@code Accept} nor {@code Content-Type}, is allowed only if every variant
 * allows it.
 */
class NegotiationCaseTest {

    static Deployment deployment;
    static Http http;
    static String getJson;
    static String getHtml;
    static String postText;
    static String postJson;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        ResourceSet set = new ResourceSet("issue 11, case 1 (content negotiation)", IssueCases.PREFIX);
        Module a = set.module("A", true);
        ResourceClass neg = a.root("Neg", "neg", null);
        getJson = neg.method("getJson", "GET", null, policy(OPEN, true, "GET", "POST")).produces("application/json")
                .id();
        getHtml = neg.method("getHtml", "GET", null, policy(STRICT, false, "GET", "POST")).produces("text/html").id();
        postText = neg.method("postText", "POST", null, policy(OPEN, true, "GET", "POST")).consumes("text/plain").id();
        postJson = neg.method("postJson", "POST", null, policy(STRICT, false, "GET", "POST"))
                .consumes("application/json").id();
        deployment = Deployment.start(CompiledSet.compile(set, dir), ClassPathOrder.DECLARED);
        http = deployment.http();
    }

    @AfterAll
    static void stop() throws Exception {
        deployment.close();
    }

    @Test
    void htmlFromOpenRunsTheHtmlMethodAndGetsNoGrant() throws Exception {
        assertRanWithoutGrant(getHtml, http.send("GET", "i11/neg", "Origin", OPEN, "Accept", "text/html"));
    }

    @Test
    void htmlFromStrictGetsStrict() throws Exception {
        assertRanWithGrant(getHtml, STRICT, false,
                http.send("GET", "i11/neg", "Origin", STRICT, "Accept", "text/html"));
    }

    @Test
    void jsonFromOpenGetsOpenWithCredentials() throws Exception {
        assertRanWithGrant(getJson, OPEN, true,
                http.send("GET", "i11/neg", "Origin", OPEN, "Accept", "application/json"));
    }

    @Test
    void preflightForAJsonPostFromOpenIsRefused() throws Exception {
        HttpResponse<String> r = http.preflight("i11/neg", OPEN, "POST", CorsHeaders.ACRH, "content-type");
        assertRefusedPreflight(r);
        assertEquals(403, r.statusCode(), "a refused preflight of a path with a policy is a 403");
        // what the preflight would have let through: the JSON POST runs the STRICT method
        assertRanWithoutGrant(postJson,
                http.send("POST", "i11/neg", "Origin", OPEN, "Content-Type", "application/json"));
    }

    @Test
    void preflightForAGetFromOpenIsRefused() throws Exception {
        assertRefusedPreflight(http.preflight("i11/neg", OPEN, "GET"));
    }

    @Test
    void textPostFromOpenGetsOpenWithCredentials() throws Exception {
        assertRanWithGrant(postText, OPEN, true,
                http.send("POST", "i11/neg", "Origin", OPEN, "Content-Type", "text/plain"));
    }
}
