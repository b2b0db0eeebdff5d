package org.corsgen.platform.wildfly;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * What the test cannot see from outside, reported in response headers, and only to a request that asks
 * with {@value #ASK} (no check sends it, so every check sees the application as it is): what WildFly's
 * {@code ResourceInfo} names in the response phase (corsgen's policy lookup matches that class exactly),
 * the class of the resource instance that ran (a CDI client proxy or the class itself), the CDI scope
 * WildFly gave the resource class, and how many corsgen filters the application's configuration holds.
 *
 * <p>Part of this WAR only (WEB-INF/classes), found by WildFly's scanning like the shop's own providers;
 * it registers nothing and changes no response that does not ask.
 */
@Provider
public class Probe implements ContainerResponseFilter {

    /** The request header that asks for the probe's headers. */
    public static final String ASK = "X-Corsgen-Probe";
    /** {@code ResourceInfo.getResourceClass()} in the response phase. */
    public static final String RESOURCE_CLASS = "X-Probe-Resource-Class";
    /** The class of the matched resource instance ({@code UriInfo.getMatchedResources()}). */
    public static final String INSTANCE_CLASS = "X-Probe-Instance-Class";
    /** The CDI scope of the resource class's beans, or {@code none}. */
    public static final String CDI_SCOPE = "X-Probe-Cdi-Scope";
    /** How many {@code org.corsgen.runtime.CorsFilter} instances and classes the configuration holds. */
    public static final String CORS_FILTERS = "X-Probe-Cors-Filters";
    /** Every corsgen feature class the configuration lists (instances and classes). */
    public static final String CORS_FEATURES = "X-Probe-Cors-Features";

    private static final String FILTER = "org.corsgen.runtime.CorsFilter";

    @Context
    private ResourceInfo resourceInfo;

    @Context
    private Configuration configuration;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getHeaderString(ASK) == null) {
            return;
        }
        Class<?> resourceClass = resourceInfo.getResourceClass();
        response.getHeaders().putSingle(RESOURCE_CLASS, resourceClass == null ? "none" : resourceClass.getName());
        List<Object> matched = request.getUriInfo().getMatchedResources();
        response.getHeaders().putSingle(INSTANCE_CLASS,
                matched.isEmpty() ? "none" : matched.get(0).getClass().getName());
        response.getHeaders().putSingle(CDI_SCOPE, resourceClass == null ? "none" : scope(resourceClass));
        long instances = configuration.getInstances().stream()
                .filter(o -> o.getClass().getName().equals(FILTER)).count();
        long classes = configuration.getClasses().stream().filter(c -> c.getName().equals(FILTER)).count();
        response.getHeaders().putSingle(CORS_FILTERS, instances + " instances, " + classes + " classes");
        Set<String> features = new TreeSet<>();
        configuration.getInstances().forEach(o -> features.add(o.getClass().getName()));
        configuration.getClasses().forEach(c -> features.add(c.getName()));
        features.removeIf(n -> !n.startsWith("org.corsgen.") || !(n.endsWith("Feature") || n.endsWith("Features")));
        response.getHeaders().putSingle(CORS_FEATURES, features.isEmpty() ? "none" : String.join(" ", features));
    }

    private static String scope(Class<?> type) {
        try {
            Set<Bean<?>> beans = CDI.current().getBeanManager().getBeans(type);
            return beans.isEmpty() ? "none" : beans.stream().map(b -> b.getScope().getName())
                    .collect(Collectors.joining(" "));
        } catch (RuntimeException | LinkageError noCdi) {
            return "no CDI: " + noCdi;
        }
    }
}
