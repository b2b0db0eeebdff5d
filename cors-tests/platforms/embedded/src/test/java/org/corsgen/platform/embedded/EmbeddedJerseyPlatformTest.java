package org.corsgen.platform.embedded;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;

import org.corsgen.platform.billing.InvoiceResource;
import org.corsgen.platform.checks.PlatformChecks;
import org.corsgen.platform.shop.AuthenticationFilter;
import org.corsgen.platform.shop.ItemConflictMapper;
import org.corsgen.platform.shop.ItemResource;
import org.corsgen.platform.shop.SecureResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The checks on embedded Jersey (Grizzly, free port): the control for every platform module. */
class EmbeddedJerseyPlatformTest extends PlatformChecks {

    /** SeBootstrap does not scan: the classes the platforms find by scanning, listed. */
    static class Listed extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(ItemResource.class, SecureResource.class, AuthenticationFilter.class,
                    ItemConflictMapper.class, InvoiceResource.class);
        }
    }

    private SeBootstrap.Instance server;

    @BeforeAll
    void start() throws Exception {
        server = SeBootstrap.start(new Listed(), SeBootstrap.Configuration.builder().host("127.0.0.1").port(0)
                .rootPath("shop/api").build()).toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    @Override
    protected String base() {
        return "http://127.0.0.1:" + server.configuration().port() + "/shop/api/";
    }
}
