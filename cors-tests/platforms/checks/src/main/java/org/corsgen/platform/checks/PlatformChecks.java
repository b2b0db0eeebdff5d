package org.corsgen.platform.checks;

import static org.corsgen.testsupport.CorsHeaders.ACAC;
import static org.corsgen.testsupport.CorsHeaders.ACAH;
import static org.corsgen.testsupport.CorsHeaders.ACAM;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACEH;
import static org.corsgen.testsupport.CorsHeaders.ACMA;
import static org.corsgen.testsupport.CorsHeaders.ACRH;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.corsgen.testsupport.CorsHeaders.assertVaryLists;
import static org.corsgen.testsupport.CorsHeaders.tokens;
import static org.corsgen.testsupport.Http.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the shop and billing modules must answer on every platform, over real HTTP. A platform module
 * extends this class, starts its server in a {@code @BeforeAll} method (with {@code PLATFORM_ORIGINS} set
 * to {@link #ENV_ORIGIN}), stops it in {@code @AfterAll}, and returns the application's base URI from
 * {@link #base()}: with the platform's own context path and mapping, e.g.
 * {@code http://127.0.0.1:41234/shop/api/}.
 *
 * <p>Every header is read with {@link Http#one}, which fails when it was sent twice: a filter registered
 * through two mechanisms shows here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PlatformChecks {

    /** In the shop's package policy. */
    public static final String APP = "https://app.example.com";
    /** What each platform test passes as {@code PLATFORM_ORIGINS}: an origin only the environment allows. */
    public static final String ENV_ORIGIN = "https://env.example.com";
    /** The only origin of {@code DELETE items/{id}}. */
    public static final String ADMIN = "https://admin.example.com";
    /** The billing module's only origin. */
    public static final String BILLING = "https://billing.example.com";
    /** In no policy. */
    public static final String EVIL = "https://evil.example.net";

    private Http http;

    /** @return the application's base URI, ending in {@code /}, with the platform's context path and mapping */
    protected abstract String base();

    /** @return a client on {@link #base()} */
    protected final Http http() {
        if (http == null) {
            http = new Http(base());
        }
        return http;
    }

    @Test
    void preflightAllowed() throws Exception {
        HttpResponse<String> r = http().preflight("items/1", APP, "PUT", ACRH, "content-type");
        assertEquals(204, r.statusCode(), r.headers().map().toString());
        assertEquals(APP, one(r, ACAO));
        assertEquals("true", one(r, ACAC));
        assertTrue(tokens(one(r, ACAM)).contains("PUT"), one(r, ACAM));
        assertTrue(tokens(one(r, ACAH)).stream().anyMatch("content-type"::equalsIgnoreCase), one(r, ACAH));
        assertEquals("600", one(r, ACMA));
        assertVaryLists(r, "Origin", "Access-Control-Request-Method", "Access-Control-Request-Headers");
    }

    @Test
    void preflightRefusedForAnOriginInNoPolicy() throws Exception {
        HttpResponse<String> r = http().preflight("items/1", EVIL, "PUT");
        assertEquals(403, r.statusCode());
        assertNoCorsHeaders(r);
    }

    @Test
    void preflightFollowsTheMethodLevelPolicyOfThePath() throws Exception {
        // DELETE items/{id} allows only the admin origin: found only if the platform's base path was stripped
        HttpResponse<String> refused = http().preflight("items/1", APP, "DELETE");
        assertEquals(403, refused.statusCode());
        assertNoCorsHeaders(refused);
        HttpResponse<String> allowed = http().preflight("items/1", ADMIN, "DELETE");
        assertEquals(204, allowed.statusCode(), allowed.headers().map().toString());
        assertEquals(ADMIN, one(allowed, ACAO));
    }

    /**
     * A browser caches the methods of {@code Access-Control-Allow-Methods} for the origin and URL: a method
     * listed there that the origin may not call would be sent later without a preflight.
     */
    @Test
    void preflightListsNoMethodTheOriginMayNotCall() throws Exception {
        HttpResponse<String> r = http().preflight("items/1", APP, "PUT");
        assertEquals(204, r.statusCode(), r.headers().map().toString());
        assertTrue(!tokens(one(r, ACAM)).contains("DELETE"), "DELETE items/{id} allows only " + ADMIN
                + ", but the preflight of " + APP + " lists it: " + one(r, ACAM));
    }

    @Test
    void actualAllowed() throws Exception {
        HttpResponse<String> r = http().send("GET", "items", "Origin", APP);
        assertEquals(200, r.statusCode());
        assertEquals("[1,2]", r.body());
        assertEquals(APP, one(r, ACAO));
        assertEquals("true", one(r, ACAC));
        assertEquals("X-Total-Count", one(r, ACEH));
        // the application's own Vary stays, and Origin is added once
        assertVaryLists(r, "Origin", "Accept-Encoding");
    }

    @Test
    void actualRefused() throws Exception {
        HttpResponse<String> r = http().send("GET", "items", "Origin", EVIL);
        assertEquals(200, r.statusCode());
        assertNoCorsHeaders(r);
        assertVaryLists(r, "Origin");
    }

    @Test
    void actualOfTheMethodThatRan() throws Exception {
        HttpResponse<String> admin = http().send("DELETE", "items/7", "Origin", ADMIN);
        assertEquals(204, admin.statusCode());
        assertEquals(ADMIN, one(admin, ACAO));
        HttpResponse<String> app = http().send("DELETE", "items/7", "Origin", APP);
        assertEquals(204, app.statusCode());
        assertNoCorsHeaders(app);
    }

    @Test
    void originFromTheEnvironment() throws Exception {
        HttpResponse<String> r = http().send("GET", "items", "Origin", ENV_ORIGIN);
        assertEquals(200, r.statusCode());
        assertEquals(ENV_ORIGIN, one(r, ACAO));
        HttpResponse<String> p = http().preflight("items/1", ENV_ORIGIN, "PUT");
        assertEquals(204, p.statusCode());
        assertEquals(ENV_ORIGIN, one(p, ACAO));
    }

    @Test
    void notFoundFromTheResource() throws Exception {
        HttpResponse<String> r = http().send("GET", "items/" + 404, "Origin", APP);
        assertEquals(404, r.statusCode());
        assertEquals(APP, one(r, ACAO));
        assertEquals("X-Total-Count", one(r, ACEH));
        assertVaryLists(r, "Origin");
    }

    @Test
    void notFoundWhereNoResourceIs() throws Exception {
        HttpResponse<String> r = http().send("GET", "no-such-resource", "Origin", APP);
        assertEquals(404, r.statusCode());
        assertNoCorsHeaders(r);
    }

    @Test
    void methodNotAllowedCarriesThePathsPolicy() throws Exception {
        HttpResponse<String> r = http().send("DELETE", "items", "Origin", APP);
        assertEquals(405, r.statusCode());
        assertEquals(APP, one(r, ACAO));
        assertEquals("true", one(r, ACAC));
        HttpResponse<String> refused = http().send("DELETE", "items", "Origin", EVIL);
        assertEquals(405, refused.statusCode());
        assertNoCorsHeaders(refused);
    }

    @Test
    void exceptionMapperResponse() throws Exception {
        HttpResponse<String> r = http().send("GET", "items/" + 409, "Origin", APP);
        assertEquals(409, r.statusCode());
        assertEquals(APP, one(r, ACAO));
        assertEquals("X-Total-Count", one(r, ACEH));
    }

    @Test
    void authenticationFilterNeverSeesThePreflight() throws Exception {
        HttpResponse<String> p = http().preflight("secure", APP, "GET", ACRH, "authorization");
        assertEquals(204, p.statusCode(), "a 401 here means the authentication filter ran first: "
                + p.headers().map());
        assertEquals(APP, one(p, ACAO));
        assertTrue(tokens(one(p, ACAH)).stream().anyMatch("authorization"::equalsIgnoreCase), one(p, ACAH));
        // the actual request without credentials: refused by the filter, readable by the page
        HttpResponse<String> denied = http().send("GET", "secure", "Origin", APP);
        assertEquals(401, denied.statusCode());
        assertEquals(APP, one(denied, ACAO));
        HttpResponse<String> ok = http().send("GET", "secure", "Origin", APP, "Authorization", "Bearer t");
        assertEquals(200, ok.statusCode());
        assertEquals("account", ok.body());
        assertEquals(APP, one(ok, ACAO));
    }

    @Test
    void secondModuleAppliesToItsOwnResourcesOnly() throws Exception {
        HttpResponse<String> r = http().send("GET", "invoices", "Origin", BILLING);
        assertEquals(200, r.statusCode());
        assertEquals(BILLING, one(r, ACAO));
        assertEquals("X-Invoice-Count", one(r, ACEH));
        HttpResponse<String> p = http().preflight("invoices", BILLING, "POST", ACRH, "content-type");
        assertEquals(204, p.statusCode(), p.headers().map().toString());
        assertEquals(BILLING, one(p, ACAO));
        assertNoCorsHeaders(http().send("GET", "invoices", "Origin", APP));
        assertNoCorsHeaders(http().send("GET", "items", "Origin", BILLING));
    }
}
