package org.corsgen.platform.servlet.resteasy;

import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.Http.one;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.tomcat.util.scan.StandardJarScanner;
import org.corsgen.platform.checks.PlatformChecks;
import org.corsgen.platform.servlet.tomcat.TestTomcat;
import org.corsgen.testsupport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks on RESTEasy 7.0's servlet initializer in embedded Tomcat 11, deployed as Tomcat deploys an
 * exploded WAR ({@code Tomcat.addWebapp}: a ContextConfig reads WEB-INF, finds the
 * ServletContainerInitializers of WEB-INF/lib through their services files and hands each the classes of its
 * {@code @HandlesTypes}, found by scanning WEB-INF/lib). RESTEasy's initializer maps {@code ShopApplication}
 * at its {@code @ApplicationPath("api")}: with the context path, {@code /shop/api/}. No web.xml, no
 * registration code: corsgen comes in through its services file.
 */
class RestEasyServletInitializerTest extends PlatformChecks {

    private TestTomcat server;

    @BeforeAll
    void start() {
        server = deploy("resteasy").started();
    }

    /**
     * @param name the test's name
     * @return a Tomcat with the web application (target/webapp) deployed at {@code /shop} as a WAR, not started
     */
    static TestTomcat deploy(String name) {
        TestTomcat server = new TestTomcat(name);
        // no Tomcat default web.xml (its JSP servlet needs Jasper, which a servlet test has no use for)
        server.tomcat().setAddDefaultWebXmlToWebapp(false);
        Context context = server.tomcat().addWebapp("/shop", TestTomcat.webapp().toString());
        // scan WEB-INF/lib only, as a standalone Tomcat scans the application (not JUnit's class path)
        ((StandardJarScanner) context.getJarScanner()).setScanClassPath(false);
        return server;
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
     * The initializer added the application's servlet at its path, with load-on-startup 1 (so corsgen's
     * start-up runs at deployment). The second servlet is RESTEasy's too, not the initializer's: resteasy-core's
     * HttpServlet30Dispatcher carries {@code @WebServlet("/RESTEASY_HttpServlet30Dispatcher")}, which Tomcat's
     * annotation scan of WEB-INF/lib registers in any WAR that ships resteasy-core (lazily, outside
     * {@code /api/*}).
     */
    @Test
    void theInitializerMappedTheApplicationAtItsPath() throws Exception {
        Context context = (Context) server.tomcat().getHost().findChild("/shop");
        Map<String, String> servlets = new TreeMap<>();
        for (var child : context.findChildren()) {
            Wrapper w = (Wrapper) child;
            servlets.put(w.getName(), w.getServletClass() + " " + String.join(",", w.findMappings())
                    + " load-on-startup " + w.getLoadOnStartup());
        }
        String dispatcher = "org.jboss.resteasy.plugins.server.servlet.HttpServlet30Dispatcher";
        assertEquals(Map.of("org.corsgen.platform.shop.ShopApplication", dispatcher + " /api/* load-on-startup 1",
                dispatcher, dispatcher + " /RESTEASY_HttpServlet30Dispatcher load-on-startup -1"), servlets);
        HttpResponse<String> r = http().send("GET", "items", "Origin", APP);
        assertEquals(200, r.statusCode());
        assertEquals(APP, one(r, ACAO));
        assertEquals(404, new Http("http://127.0.0.1:" + server.port() + "/shop/api/api/")
                .send("GET", "items").statusCode());
    }
}
