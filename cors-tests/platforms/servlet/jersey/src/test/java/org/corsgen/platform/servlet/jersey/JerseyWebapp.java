package org.corsgen.platform.servlet.jersey;

import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.scan.StandardJarScanner;
import org.corsgen.platform.servlet.tomcat.TestTomcat;

/**
 * The shop web application (target/webapp: shop, billing, cors-runtime and Jersey in WEB-INF/lib) at the
 * context path {@code /shop}, with Jersey's servlet declared as this web.xml would declare it:
 *
 * <pre>{@code
 * <servlet>
 *   <servlet-name>shop-api</servlet-name>
 *   <servlet-class>org.glassfish.jersey.servlet.ServletContainer</servlet-class>
 *   <init-param>
 *     <param-name>jakarta.ws.rs.Application</param-name>
 *     <param-value>org.corsgen.platform.shop.ShopApplication</param-value>
 *   </init-param>
 *   <init-param>
 *     <param-name>jersey.config.server.provider.packages</param-name>
 *     <param-value>org.corsgen.platform.shop,org.corsgen.platform.billing</param-value>
 *   </init-param>
 *   <load-on-startup>1</load-on-startup> <!-- only where a test says so -->
 * </servlet>
 * <servlet-mapping>
 *   <servlet-name>shop-api</servlet-name>
 *   <url-pattern>/api/*</url-pattern>
 * </servlet-mapping>
 * }</pre>
 *
 * The classes come by name: they are in the context's WEB-INF/lib, not on the test class path, so every
 * deployment loads (and initialises) its own copy. {@code Tomcat.addContext} runs no
 * ServletContainerInitializer, so Jersey's own initializer (jersey-container-servlet) does not add a second
 * servlet for {@code @ApplicationPath("api")}: the mapping {@code /api/*} alone is the base.
 */
final class JerseyWebapp {

    static final String SERVLET = "shop-api";

    private JerseyWebapp() {
    }

    /**
     * @param name the test's name
     * @param loadOnStartup the servlet's load-on-startup, negative for none (Tomcat's default: initialised at
     *     the first request)
     * @param failContextIfServletFails the context's {@code failCtxIfServletStartFails}
     * @return a Tomcat with the application deployed, not started
     */
    static TestTomcat deploy(String name, int loadOnStartup, boolean failContextIfServletFails) {
        TestTomcat server = new TestTomcat(name);
        Context context = server.tomcat().addContext("/shop", TestTomcat.webapp().toString());
        // StandardContext: the Context interface has no such setter (in server.xml: <Context failCtxIfServletStartFails="true">)
        ((StandardContext) context).setFailCtxIfServletStartFails(failContextIfServletFails);
        Wrapper servlet = Tomcat.addServlet(context, SERVLET, "org.glassfish.jersey.servlet.ServletContainer");
        servlet.addInitParameter("jakarta.ws.rs.Application", "org.corsgen.platform.shop.ShopApplication");
        // ShopApplication lists no class: Jersey finds the resources and providers of these packages
        servlet.addInitParameter("jersey.config.server.provider.packages",
                "org.corsgen.platform.shop,org.corsgen.platform.billing");
        servlet.setLoadOnStartup(loadOnStartup);
        context.addServletMappingDecoded("/api/*", SERVLET);
        return server;
    }

    /**
     * The same web application deployed as Tomcat deploys a WAR without web.xml ({@code Tomcat.addWebapp}: a
     * ContextConfig runs the ServletContainerInitializers of WEB-INF/lib with the classes of their
     * {@code @HandlesTypes}): Jersey's own initializer (jersey-container-servlet) adds the servlet for
     * {@code ShopApplication} at its {@code @ApplicationPath("api")}.
     *
     * @param name the test's name
     * @return a Tomcat with the application deployed, not started
     */
    static TestTomcat deployAsWar(String name) {
        TestTomcat server = new TestTomcat(name);
        // no Tomcat default web.xml (its JSP servlet needs Jasper, which a servlet test has no use for)
        server.tomcat().setAddDefaultWebXmlToWebapp(false);
        Context context = server.tomcat().addWebapp("/shop", TestTomcat.webapp().toString());
        // scan WEB-INF/lib only, as a standalone Tomcat scans an application (not JUnit's class path)
        ((StandardJarScanner) context.getJarScanner()).setScanClassPath(false);
        return server;
    }
}
