package org.corsgen.platform.payara.beans;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The second WAR (beans.war) on the same Payara Micro: root resources as the component models of a Jakarta EE
 * server make them (a plain class, CDI beans of two scopes, an intercepted CDI bean, a stateless EJB), each
 * with one policy, to show that {@code ResourceInfo.getResourceClass()} names the class corsgen compiled
 * whatever instance the container made. Nothing listed: Payara scans.
 */
@ApplicationPath("api")
public class BeansApplication extends Application {
}
