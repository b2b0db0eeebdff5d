package org.corsgen.platform.servlet.jersey;

import java.util.Set;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;

/**
 * The same check as {@link InitialiseCorsModulesListener}, as a ServletContainerInitializer (what an optional
 * corsgen servlet artifact could ship in its services file, so that no application code is needed): its
 * ServletException fails the context in Tomcat.
 */
public class InitialiseCorsModulesInitializer implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) throws ServletException {
        for (String filter : InitialiseCorsModulesListener.FILTERS) {
            try {
                Class.forName(filter, true, context.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new ServletException(e.getCause() != null ? e.getCause() : e);
            }
        }
    }
}
