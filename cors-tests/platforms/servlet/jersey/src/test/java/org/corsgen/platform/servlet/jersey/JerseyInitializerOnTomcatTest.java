package org.corsgen.platform.servlet.jersey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;

import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.corsgen.platform.checks.PlatformChecks;
import org.corsgen.platform.servlet.tomcat.TestTomcat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks on Jersey 3.1 in Tomcat 11 deployed as a WAR without web.xml ({@link JerseyWebapp#deployAsWar}):
 * Jersey's ServletContainerInitializer maps {@code ShopApplication} at its {@code @ApplicationPath("api")}, with
 * the resources and providers Tomcat found in WEB-INF/lib. corsgen comes in through its services file.
 */
class JerseyInitializerOnTomcatTest extends PlatformChecks {

    private TestTomcat server;

    @BeforeAll
    void start() {
        server = JerseyWebapp.deployAsWar("jersey-initializer").started();
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

    /** Jersey's initializer added one servlet, at the application path. */
    @Test
    void theInitializerMappedTheApplicationAtItsPath() {
        Context context = (Context) server.tomcat().getHost().findChild("/shop");
        Map<String, String> servlets = new TreeMap<>();
        for (var child : context.findChildren()) {
            Wrapper w = (Wrapper) child;
            servlets.put(w.getName(), w.getServletClass() + " " + String.join(",", w.findMappings())
                    + " load-on-startup " + w.getLoadOnStartup());
        }
        assertEquals(Map.of("org.corsgen.platform.shop.ShopApplication",
                "org.glassfish.jersey.servlet.ServletContainer /api/* load-on-startup 1"), servlets);
    }
}
