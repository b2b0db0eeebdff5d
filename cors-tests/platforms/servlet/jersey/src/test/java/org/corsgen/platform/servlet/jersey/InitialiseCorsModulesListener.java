package org.corsgen.platform.servlet.jersey;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * What an application can do today to fail its deployment on a bad origin whatever the servlet's
 * load-on-startup: a ServletContextListener that initialises the generated filters (their class initialisation
 * is corsgen's start-up check). A listener that throws fails the context in Tomcat, with no
 * {@code failCtxIfServletStartFails}. The classes are named, and loaded from the web application's class
 * loader, because this listener is on the test class path and the application in WEB-INF/lib.
 */
public class InitialiseCorsModulesListener implements ServletContextListener {

    static final String[] FILTERS = {"org.corsgen.platform.shop.ShopCorsFilter",
        "org.corsgen.platform.billing.BillingCorsFilter"};

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ClassLoader loader = event.getServletContext().getClassLoader();
        for (String filter : FILTERS) {
            try {
                Class.forName(filter, true, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
