package org.corsgen.platform.servlet.jersey;

import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.Http.one;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import org.corsgen.platform.checks.PlatformChecks;
import org.corsgen.platform.servlet.tomcat.TestTomcat;
import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks on Jersey 3.1's ServletContainer in embedded Tomcat 11: context path {@code /shop}, servlet
 * mapping {@code /api/*} ({@link JerseyWebapp}). corsgen is registered by nothing but its services file
 * ({@code META-INF/services/jakarta.ws.rs.core.Feature} in cors-runtime, in WEB-INF/lib).
 */
class JerseyOnTomcatTest extends PlatformChecks {

    private TestTomcat server;

    @BeforeAll
    void start() {
        server = JerseyWebapp.deploy("jersey", -1, false).started();
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected String base() {
        return "http://127.0.0.1:" + server.port() + "/shop/api/";
    }

    /**
     * The servlet mapping is the base: Jersey does not add the application's {@code @ApplicationPath("api")}
     * under it, so {@code /shop/api/api/items} is no resource.
     */
    @Test
    void theServletMappingIsTheBaseNotTheApplicationPath() throws Exception {
        HttpResponse<String> doubled = new Http("http://127.0.0.1:" + server.port() + "/shop/api/api/")
                .send("GET", "items", "Origin", APP);
        assertEquals(404, doubled.statusCode());
        HttpResponse<String> outside = new Http("http://127.0.0.1:" + server.port() + "/shop/")
                .send("GET", "items", "Origin", APP);
        assertEquals(404, outside.statusCode(), "only /api/* is Jersey's");
        HttpResponse<String> r = http().send("GET", "items", "Origin", APP);
        assertEquals(200, r.statusCode());
        assertEquals(APP, one(r, ACAO));
    }
}
