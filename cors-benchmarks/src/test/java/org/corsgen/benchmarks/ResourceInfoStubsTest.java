package org.corsgen.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import jakarta.ws.rs.container.ResourceInfo;

import org.corsgen.benchmarks.app.AppCorsFilter;
import org.corsgen.benchmarks.app.ItemResource;
import org.corsgen.benchmarks.app.TenantResource;
import org.corsgen.benchmarks.app.WideResource;
import org.corsgen.benchmarks.jaxrs.JerseyResourceInfo;
import org.corsgen.benchmarks.jaxrs.ResteasyResourceInfo;
import org.corsgen.benchmarks.jaxrs.StubResourceInfo;
import org.corsgen.runtime.CorsPolicy;
import org.corsgen.runtime.MatchedMethodsProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the benchmarks tell corsgen the container matched is what Jersey and RESTEasy run for those requests,
 * and the breakdown's real containers' {@code ResourceInfo} answer as the stub does.
 */
class ResourceInfoStubsTest {

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void eachScenarioReportsTheMethodTheContainerRuns(Scenario scenario) throws NoSuchMethodException {
        StubResourceInfo matched = scenario.matched();
        Class<?> expected = switch (scenario) {
            case PREFLIGHT -> null; // answered before matching
            case PATTERN_GET -> TenantResource.class;
            case WIDE_GET -> WideResource.class;
            default -> ItemResource.class;
        };
        if (expected == null) {
            assertNull(matched.getResourceMethod());
            assertNull(matched.getResourceClass());
            return;
        }
        assertEquals(expected, matched.getResourceClass());
        // GET <root>/42 runs @GET @Path("{id}") get(String): a real Method of the class, looked up once
        assertEquals(expected.getMethod("get", String.class), matched.getResourceMethod());
        assertSame(matched.getResourceMethod(), matched.getResourceMethod());
        // a method the module declared: its policy, as the engine finds it
        assertNotNull(MatchedMethodsProbe.of(AppCorsFilter.MODULE)
                .policyOf(matched.getResourceClass(), matched.getResourceMethod()));
    }

    @Test
    void jerseysInjectedProxyReportsWhatRan() throws NoSuchMethodException {
        JerseyResourceInfo jersey = JerseyResourceInfo.start();
        Method get = ItemResource.class.getMethod("get", String.class);
        ResourceInfo proxy = jersey.injected();
        System.out.println("Jersey injected into CorsFilter: " + proxy.getClass().getName());
        assertTrue(Proxy.isProxyClass(proxy.getClass()), "Jersey injects a proxy: " + proxy.getClass());
        assertEquals(get, jersey.inScope(proxy::getResourceMethod));
        assertEquals(ItemResource.class, jersey.inScope(proxy::getResourceClass));
        assertEquals(get, jersey.routing().getResourceMethod());
        assertEquals(ItemResource.class, jersey.routing().getResourceClass());
        assertNotSame(proxy, jersey.routing());
    }

    @Test
    void resteasysProxyAnswersAsTheObjectBehindIt() {
        StubResourceInfo behind = Scenario.ALLOWED_GET.matched();
        try {
            ResourceInfo proxy = ResteasyResourceInfo.proxy(behind);
            assertTrue(Proxy.isProxyClass(proxy.getClass()));
            assertSame(behind.getResourceMethod(), proxy.getResourceMethod());
            assertSame(behind.getResourceClass(), proxy.getResourceClass());
            CorsPolicy p = MatchedMethodsProbe.of(AppCorsFilter.MODULE).policyOf(proxy.getResourceClass(),
                    proxy.getResourceMethod());
            assertTrue(p.allowsOrigin(BenchPolicy.APP));
        } finally {
            ResteasyResourceInfo.release();
        }
    }
}
