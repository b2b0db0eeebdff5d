package org.corsgen.conformance.generated;

import static org.corsgen.conformance.generated.IssueCases.OPEN;
import static org.corsgen.conformance.generated.IssueCases.STRICT;
import static org.corsgen.conformance.generated.IssueCases.assertAllowedPreflight;
import static org.corsgen.conformance.generated.IssueCases.assertRanWithGrant;
import static org.corsgen.conformance.generated.IssueCases.assertRanWithoutGrant;
import static org.corsgen.conformance.generated.IssueCases.assertRefusedPreflight;
import static org.corsgen.conformance.generated.IssueCases.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.corsgen.conformance.generated.ResourceSet.Module;
import org.corsgen.conformance.generated.ResourceSet.ResourceClass;
import org.corsgen.testsupport.CorsHeaders;
import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, case 4: a locator declared to return {@code Base} returns a {@code Derived}, and the container
 * routes by the runtime class. {@code loc2} is OPEN (+ credentials, GET and DELETE); {@code Derived} adds
 * {@code @DELETE @Path("danger") @CrossOrigin(origins = STRICT)}: that method is STRICT's alone.
 */
class LocatorSubclassCaseTest {

    static Deployment deployment;
    static Http http;
    static String baseGet;
    static String danger;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        ResourceSet set = new ResourceSet("issue 11, case 4 (a locator returning a subclass)", IssueCases.PREFIX);
        Module a = set.module("A", true);
        ResourceClass loc = a.root("Loc2", "loc2", policy(OPEN, true, "GET", "DELETE"));
        ResourceClass base = a.subResource("Base", null);
        ResourceClass derived = a.subResource("Derived", base);
        loc.locator("sub", "s", null, base, derived);
        baseGet = base.method("get", "GET", null, null).id();
        danger = derived.method("danger", "DELETE", "danger", CrossOriginSpec.originsOnly(STRICT)).id();
        deployment = Deployment.start(CompiledSet.compile(set, dir), ClassPathOrder.DECLARED);
        http = deployment.http();
    }

    @AfterAll
    static void stop() throws Exception {
        deployment.close();
    }

    @Test
    void preflightOfTheSubclassMethodFromOpenIsRefused() throws Exception {
        assertRefusedPreflight(http.preflight("i11/loc2/s/danger", OPEN, "DELETE"));
    }

    @Test
    void theSubclassMethodFromOpenGetsNoGrant() throws Exception {
        assertRanWithoutGrant(danger, http.send("DELETE", "i11/loc2/s/danger", "Origin", OPEN));
    }

    @Test
    void theSubclassMethodFromStrictGetsStrict() throws Exception {
        HttpResponse<String> r = http.send("DELETE", "i11/loc2/s/danger", "Origin", STRICT);
        assertEquals(danger, IssueCases.ran(r), "headers " + r.headers().map());
        assertEquals(List.of(STRICT), Http.all(r, CorsHeaders.ACAO), "headers " + r.headers().map());
    }

    @Test
    void preflightOfTheSubclassMethodFromStrictIsAllowed() throws Exception {
        assertAllowedPreflight(STRICT, http.preflight("i11/loc2/s/danger", STRICT, "DELETE"));
    }

    @Test
    void theBaseMethodFromOpenGetsOpen() throws Exception {
        assertRanWithGrant(baseGet, OPEN, true, http.send("GET", "i11/loc2/s", "Origin", OPEN));
    }
}
