package org.corsgen.conformance;

import static org.corsgen.conformance.Origins.EVIL;
import static org.corsgen.conformance.Origins.PAGE;
import static org.corsgen.testsupport.CorsHeaders.ACAC;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACEH;
import static org.corsgen.testsupport.CorsHeaders.assertNoCorsHeaders;
import static org.corsgen.testsupport.CorsHeaders.assertVaryLists;
import static org.corsgen.testsupport.Http.one;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.corsgen.testsupport.Http;

/** Every error status carries the CORS headers of the route's policy, and only for allowed origins. */
@ExtendWith(ConformanceServer.class)
class ErrorResponseTest {

    static Http http;

    @BeforeAll
    static void start(Server s) {
        http = s.http();
    }

    @ParameterizedTest(name = "{0} {1} -> {2} ({3})")
    @CsvSource({
        "GET,    items/404,           404, NotFoundException thrown by the resource",
        "GET,    items/1/nothing,     404, no method below the class: the class policy",
        "GET,    items/abc,           404, the id regex does not match: the class policy",
        "PUT,    items,               405, the path serves GET and POST",
        "GET,    items/403,           403, WebApplicationException",
        "GET,    items/409,           409, exception mapper",
        "GET,    items/fail,          500, unmapped exception turned into 500 by the catch-all mapper",
        "DELETE, items/1/parts/x/y,   404, no method below the locator's class",
    })
    void errorsCarryTheRoutesHeaders(String method, String path, int status, String why) throws Exception {
        HttpResponse<String> r = http.send(method, path, "Origin", PAGE);
        assertEquals(status, r.statusCode(), why);
        assertEquals(PAGE, one(r, ACAO), why);
        assertEquals("true", one(r, ACAC), why);
        assertVaryLists(r, "Origin");

        HttpResponse<String> refused = http.send(method, path, "Origin", EVIL);
        assertEquals(status, refused.statusCode(), why);
        assertNoCorsHeaders(refused);
        assertVaryLists(refused, "Origin");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "GET, items/409, 409",
        "PUT, items, 405",
    })
    void exposedHeadersComeWithErrorsToo(String method, String path, int status) throws Exception {
        HttpResponse<String> r = http.send(method, path, "Origin", PAGE);
        assertEquals(status, r.statusCode());
        assertEquals("X-Total-Count", one(r, ACEH));
    }
}
