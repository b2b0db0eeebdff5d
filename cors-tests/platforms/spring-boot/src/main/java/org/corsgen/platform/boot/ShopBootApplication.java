package org.corsgen.platform.boot;

import org.corsgen.platform.billing.InvoiceResource;
import org.corsgen.platform.shop.AuthenticationFilter;
import org.corsgen.platform.shop.ItemConflictMapper;
import org.corsgen.platform.shop.ItemResource;
import org.corsgen.platform.shop.SecureResource;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The shop and billing modules as a Spring Boot application with {@code spring-boot-starter-jersey}: one
 * {@link ResourceConfig} bean that lists the application's resources and providers by class, as Boot's
 * documentation recommends (Jersey's package scanning does not see into the nested jars of Boot's
 * executable jar). corsgen is not listed: Jersey loads {@code org.corsgen.runtime.CorsFeatures} from
 * cors-runtime's {@code META-INF/services/jakarta.ws.rs.core.Feature} by itself.
 *
 * <p>The base path is {@code server.servlet.context-path} ({@code /shop}) plus
 * {@code spring.jersey.application-path} ({@code /api}), from {@code application.properties}: the shop's
 * {@code ShopApplication} and its {@code @ApplicationPath("api")} play no part here, since the application
 * Jersey runs is this bean.
 */
@SpringBootApplication
public class ShopBootApplication {

    @Bean
    ResourceConfig shop() {
        return new ResourceConfig(ItemResource.class, SecureResource.class, AuthenticationFilter.class,
                ItemConflictMapper.class, InvoiceResource.class);
    }

    public static void main(String[] args) {
        SpringApplication.run(ShopBootApplication.class, args);
    }
}
