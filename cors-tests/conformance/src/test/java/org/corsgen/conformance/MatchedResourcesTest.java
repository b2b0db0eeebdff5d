package org.corsgen.conformance;

import static org.corsgen.conformance.Origins.APP;
import static org.corsgen.conformance.Origins.PAGE;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACEH;
import static org.corsgen.testsupport.CorsHeaders.assertVaryLists;
import static org.corsgen.testsupport.Http.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.http.HttpResponse;

import org.corsgen.conformance.observe.MatchObserver;
import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the container lists in {@code UriInfo.getMatchedResources()} when the response phase runs, on which
 * the filter relies to take a request's policy from the matched class (one root resource whose methods share
 * a policy) instead of matching the path again; and the answers in each case, fast path or route table.
 */
@ExtendWith(ConformanceServer.class)
class MatchedResourcesTest {

    static Http http;

    @BeforeAll
    static void start(Server s) {
        http = s.http();
    }

    @Test
    void aRootResourceMethodListsExactlyItsClass() throws Exception {
        // GreetingResource: every method has the class policy, so the policy comes from the class
        HttpResponse<String> r = http.send("GET", "greetings/ada", "Origin", APP);
        assertEquals(200, r.statusCode());
        assertEquals("GreetingResource", one(r, MatchObserver.MATCHED_RESOURCES));
        assertEquals(APP, one(r, ACAO));
        assertEquals("X-Greeting", one(r, ACEH));
        assertVaryLists(r, "Origin");

        // PublicResource: the credential-free "*" policy, the same way
        HttpResponse<String> p = http.send("GET", "public", "Origin", APP);
        assertEquals("PublicResource", one(p, MatchObserver.MATCHED_RESOURCES));
        assertEquals("*", one(p, ACAO));
    }

    @Test
    void aClassWithAMethodLevelPolicyIsDecidedByTheRouteTable() throws Exception {
        // ItemResource: DELETE has its own origins, so its class cannot answer for all its methods
        HttpResponse<String> get = http.send("GET", "items/1", "Origin", APP);
        assertEquals("ItemResource", one(get, MatchObserver.MATCHED_RESOURCES));
        assertEquals(APP, one(get, ACAO));
        assertEquals("X-Total-Count", one(get, ACEH));

        HttpResponse<String> deleteFromApp = http.send("DELETE", "items/1", "Origin", APP);
        assertEquals("ItemResource", one(deleteFromApp, MatchObserver.MATCHED_RESOURCES));
        assertNull(one(deleteFromApp, ACAO), "DELETE allows only " + PAGE);
        assertVaryLists(deleteFromApp, "Origin");
        HttpResponse<String> deleteFromPage = http.send("DELETE", "items/1", "Origin", PAGE);
        assertEquals(PAGE, one(deleteFromPage, ACAO));
    }

    @Test
    void aLocatorListsTheSubResourceFirstAndTheRouteTableDecides() throws Exception {
        HttpResponse<String> r = http.send("GET", "items/1/parts", "Origin", APP);
        assertEquals(200, r.statusCode());
        assertEquals("PartResource,ItemResource", one(r, MatchObserver.MATCHED_RESOURCES));
        assertEquals(APP, one(r, ACAO));
        assertEquals("X-Part-Count", one(r, ACEH), "the sub-resource's own policy, not its parent's");
    }

    @Test
    void nothingMatchedListsNothingAndTheRouteTableDecides() throws Exception {
        HttpResponse<String> r = http.send("GET", "items/abc", "Origin", APP);
        assertEquals(404, r.statusCode());
        assertNull(one(r, MatchObserver.MATCHED_RESOURCES));
        assertEquals(APP, one(r, ACAO), "the class policy covers the class's 404");
    }
}
