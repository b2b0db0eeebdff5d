package org.corsgen.platform.shop;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The application at {@code api}, with nothing listed: the platform finds the resources and providers by
 * scanning, and corsgen through its services file, as in most deployments. Platforms that map the
 * application elsewhere (a servlet mapping, Spring Boot's {@code spring.jersey.application-path}) say so
 * in their own module.
 */
@ApplicationPath("api")
public class ShopApplication extends Application {
}
