package org.corsgen.benchmarks.jaxrs;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URI;
import java.security.Principal;
import java.util.concurrent.ExecutionException;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.RuntimeDelegate;

import org.corsgen.benchmarks.app.AppCorsFeature;
import org.corsgen.benchmarks.app.ItemResource;
import org.corsgen.runtime.CorsFilter;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.internal.util.Producer;
import org.glassfish.jersey.process.internal.RequestContext;
import org.glassfish.jersey.process.internal.RequestScope;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Jersey's real {@code ResourceInfo}, as it reaches corsgen's filter: a Jersey 3.1 application (in memory, no
 * network: {@link ApplicationHandler#apply}) of {@link ItemResource} with the generated feature registered as
 * users do ({@link AppCorsFeature}), so Jersey creates {@link CorsFilter} and injects its
 * {@code @Context ResourceInfo} field: a request-scoped proxy (Jersey binds {@code ResourceInfo} with
 * {@code proxy(true)} in {@code RequestScoped}), which on every call finds the current request's
 * {@code UriRoutingContext} and asks it. One {@code GET items/42} runs through the application; a response filter
 * keeps a reference to that request's scope, in which {@link #inScope} then runs, so the proxy answers as it
 * does in {@code CorsFilter}'s response phase: {@code ItemResource.get(String)}.
 */
public final class JerseyResourceInfo {

    private final RequestScope scope;
    private final RequestContext request;
    private final ResourceInfo injected;
    private final ResourceInfo routing;

    private JerseyResourceInfo(RequestScope scope, RequestContext request, ResourceInfo injected,
            ResourceInfo routing) {
        this.scope = scope;
        this.request = request;
        this.injected = injected;
        this.routing = routing;
    }

    /** Keeps a reference to the scope of the request it sees, so that it outlives the request. */
    public static final class ScopeCapture implements ContainerResponseFilter {
        private final RequestScope[] scope;
        private volatile RequestContext captured;
        private volatile Object uriInfo;

        ScopeCapture(RequestScope[] scope) {
            this.scope = scope;
        }

        @Override
        public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
            if (captured == null) {
                captured = scope[0].referenceCurrent();
                uriInfo = requestContext.getUriInfo();
            }
        }
    }

    /**
     * Starts the application and sends one {@code GET items/42} through it. Jersey's {@code RuntimeDelegate} is
     * set for that time and the previous one restored (the JAX-RS rows of the same JVM use RESTEasy's).
     *
     * @throws IllegalStateException when the request does not run {@code ItemResource.get} or the proxy does
     *     not report it
     */
    public static JerseyResourceInfo start() {
        RuntimeDelegate previous = RuntimeDelegate.getInstance();
        RuntimeDelegate.setInstance(new org.glassfish.jersey.server.internal.RuntimeDelegateImpl());
        try {
            RequestScope[] scope = new RequestScope[1];
            ScopeCapture capture = new ScopeCapture(scope);
            ResourceConfig config = new ResourceConfig(ItemResource.class)
                    .register(AppCorsFeature.class)
                    .register(capture)
                    .property(CommonProperties.JAXRS_SERVICE_LOADING_ENABLE, false)
                    .property(ServerProperties.WADL_FEATURE_DISABLE, true);
            ApplicationHandler app = new ApplicationHandler(config);
            scope[0] = app.getInjectionManager().getInstance(RequestScope.class);
            CorsFilter filter = null;
            for (Object instance : app.getConfiguration().getInstances()) {
                if (instance instanceof CorsFilter f) {
                    filter = f;
                }
            }
            if (filter == null) {
                throw new IllegalStateException("the generated feature registered no CorsFilter");
            }
            ContainerRequest get = new ContainerRequest(URI.create("http://127.0.0.1/api/"),
                    URI.create("http://127.0.0.1/api/items/42"), "GET", new Anonymous(), new MapPropertiesDelegate(),
                    app.getConfiguration());
            get.header("Origin", "https://app.example.com");
            ContainerResponse response = app.apply(get).get();
            if (response.getStatus() != 200 || capture.captured == null) {
                throw new IllegalStateException("GET items/42 answered " + response.getStatus());
            }
            if (!(capture.uriInfo instanceof ResourceInfo routing)) {
                throw new IllegalStateException("Jersey's UriInfo is no ResourceInfo: " + capture.uriInfo);
            }
            JerseyResourceInfo probe = new JerseyResourceInfo(scope[0], capture.captured, injectedInto(filter),
                    routing);
            Object method = probe.inScope(() -> probe.injected.getResourceMethod());
            Method itemsGet = ItemResource.class.getMethod("get", String.class);
            if (!itemsGet.equals(method) || !itemsGet.equals(routing.getResourceMethod())) {
                throw new IllegalStateException("Jersey's ResourceInfo reports " + method + ", its UriInfo "
                        + routing.getResourceMethod());
            }
            return probe;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        } finally {
            RuntimeDelegate.setInstance(previous);
        }
    }

    /** The field Jersey injected into corsgen's filter (reflection once, at set-up). */
    private static ResourceInfo injectedInto(CorsFilter filter) throws ReflectiveOperationException {
        Field f = CorsFilter.class.getDeclaredField("resourceInfo");
        f.setAccessible(true);
        ResourceInfo info = (ResourceInfo) f.get(filter);
        if (info == null) {
            throw new IllegalStateException("Jersey injected no ResourceInfo into CorsFilter");
        }
        return info;
    }

    /** @return the {@code ResourceInfo} Jersey injected into corsgen's filter (its proxy) */
    public ResourceInfo injected() {
        return injected;
    }

    /**
     * @return what the request itself carries: Jersey's {@code ContainerRequest.getUriInfo()} is its
     *     {@code UriRoutingContext}, which implements {@code ResourceInfo} too (the object the proxy finds per
     *     call), so a filter holding the request can read it with no proxy and no Jersey type
     */
    public ResourceInfo routing() {
        return routing;
    }

    /** Runs {@code task} in the scope of the request that ran, as Jersey runs the response filters. */
    public <T> T inScope(Producer<T> task) {
        return scope.runInScope(request, task);
    }

    private static final class Anonymous implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return null;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String getAuthenticationScheme() {
            return null;
        }
    }
}
