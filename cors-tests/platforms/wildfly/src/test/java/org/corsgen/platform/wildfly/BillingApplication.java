package org.corsgen.platform.wildfly;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The application of {@code billing.war} ({@link WildFlyBadOriginTest}), as the shop's {@code ShopApplication}: no
 * classes listed, WildFly finds the resources and providers in the WAR. Copied into that WAR's WEB-INF/classes.
 */
@ApplicationPath("api")
public class BillingApplication extends Application {
}
