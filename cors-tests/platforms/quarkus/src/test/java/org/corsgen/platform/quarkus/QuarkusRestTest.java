package org.corsgen.platform.quarkus;

import java.net.URL;

import org.corsgen.platform.checks.PlatformChecks;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The checks on Quarkus REST, in the application {@code src/main} builds (the shop and billing jars indexed by
 * {@code application.properties}, corsgen registered by {@link CorsRegistration}), at {@code /shop/api/}.
 *
 * <p>{@code @QuarkusTest} rather than the built fast-jar as a process: the same build-time augmentation,
 * started and stopped by Quarkus' JUnit extension in this JVM on a free port ({@code quarkus.http.test-port=0}),
 * with {@code PLATFORM_ORIGINS} from surefire's environment; one start for all checks, a few seconds, no
 * process to supervise or to kill on failure, and a start-up failure fails the class with Quarkus' own
 * exception. The server's start and stop are the extension's, so there is no {@code @BeforeAll} here.
 */
@QuarkusTest
class QuarkusRestTest extends PlatformChecks {

    /** Relative to {@code quarkus.http.root-path} ({@code /shop}), which the extension prepends. */
    @TestHTTPResource("api/")
    URL api;

    @Override
    protected String base() {
        return api.toString();
    }
}
