package org.corsgen.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;

/**
 * The one CORS filter of an application, whatever number of corsgen modules it has: every generated
 * {@code <Name>CorsFeature} adds its module ({@link CorsModule}) to it, and it decides for all of them at
 * once, so no module's routes decide for another module's resources and the answer does not depend on the
 * order of the class path.
 *
 * <ul>
 *   <li>Preflights are answered before matching, from one route table made of every module's routes, where
 *       the root resource classes of the application that no module compiled are known too (read once, at
 *       the first request, from the {@code Application}'s classes: their {@code @Path} is the only annotation
 *       corsgen reads at run time, and it reads it once): a preflight is allowed only where every method the
 *       container could run allows it.</li>
 *   <li>Actual requests get the policy of the resource method the container ran ({@code ResourceInfo}),
 *       none for a method without one; where the container matched nothing (404, 405, aborted), the table's
 *       narrowest answer for the path.</li>
 * </ul>
 */
@PreMatching
public final class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final System.Logger LOG = System.getLogger(CorsStartup.LOGGER);

    /** The configuration property under which an application's filter is found by the next module's feature. */
    static final String PROPERTY = "org.corsgen.runtime.CorsFilter";

    /**
     * The configuration property through which an application hands the filter a {@code ResourceInfo} for
     * a container that injects none into a filter instance registered by a {@code Feature} (Quarkus REST
     * injects only into its CDI beans): a request-scoped one, such as a {@code @Context ResourceInfo} field
     * of the application's own {@code @Provider} feature that sets this property before
     * {@link CorsFeatures} configures the modules. Without any, an actual request gets the route table's
     * narrowest answer for its path, over every HTTP method.
     */
    public static final String RESOURCE_INFO_PROPERTY = "org.corsgen.runtime.ResourceInfo";

    @Context
    private ResourceInfo resourceInfo;

    @Context
    private Application application;

    private final boolean debug;
    private final List<CorsModule> modules = new ArrayList<>();
    private volatile CorsEngine engine;
    /** Whether the application's own root resource classes have been read (once, at the first request). */
    private volatile boolean complete;

    private CorsFilter(boolean debug) {
        this.debug = debug;
    }

    /**
     * Adds a module to the application's filter, registering the filter (with {@link CorsEngine#PRIORITY})
     * when it is the first module. Debug mode is on when the application's property or the system property
     * {@value CorsEngine#DEBUG_PROPERTY} is {@code true}.
     *
     * @param context the context of the feature that configures the module
     * @param module the module
     * @return {@code true}
     */
    public static boolean register(FeatureContext context, CorsModule module) {
        CorsFilter filter = find(context);
        if (filter == null) {
            filter = new CorsFilter(CorsEngine.debugRequested(
                    context.getConfiguration().getProperty(CorsEngine.DEBUG_PROPERTY)));
            if (context.getConfiguration().getProperty(RESOURCE_INFO_PROPERTY) instanceof ResourceInfo given) {
                filter.resourceInfo = given; // the container's own @Context injection, if any, replaces it
            }
            context.property(PROPERTY, filter);
            context.register(filter, CorsEngine.PRIORITY);
        }
        filter.add(module);
        return true;
    }

    /**
     * A filter for the given modules where no container injects its context (tests, benchmarks): no other
     * root resource classes are known.
     *
     * @param matched stands for the container's {@code ResourceInfo}: what each request matched
     * @param debug debug mode
     * @param modules the modules
     */
    public static CorsFilter of(ResourceInfo matched, boolean debug, CorsModule... modules) {
        CorsFilter filter = new CorsFilter(debug);
        filter.resourceInfo = matched;
        for (CorsModule m : modules) {
            filter.add(m);
        }
        filter.complete = true;
        return filter;
    }

    private static CorsFilter find(FeatureContext context) {
        Object registered = context.getConfiguration().getProperty(PROPERTY);
        if (registered instanceof CorsFilter f) {
            return f;
        }
        for (Object instance : context.getConfiguration().getInstances()) {
            if (instance instanceof CorsFilter f) {
                return f;
            }
        }
        return null;
    }

    private synchronized void add(CorsModule module) {
        for (CorsModule m : modules) {
            if (m.name().equals(module.name())) {
                return; // a feature registered twice (service loading and the application's classes)
            }
        }
        modules.add(module);
        modules.sort(Comparator.comparing(CorsModule::name));
        engine = CorsEngine.combine(modules, Set.of(), debug);
        complete = false;
    }

    /** @return the modules this filter decides for, by name */
    public synchronized List<String> modules() {
        List<String> names = new ArrayList<>();
        modules.forEach(m -> names.add(m.name()));
        return names;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        engine().onRequest(request);
    }

    /**
     * What ran, from the request's own {@code UriInfo} where that is a {@code ResourceInfo} too (Jersey's is:
     * reading it is a field read), else from the injected one (on Jersey a request-scoped proxy whose first call
     * in each request has the injection framework create an instance: a few microseconds of CPU, measured by
     * {@code CpuRun} in cors-benchmarks).
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        ResourceInfo matched = request.getUriInfo() instanceof ResourceInfo own ? own : resourceInfo;
        engine().onResponse(request, response, matched);
    }

    private CorsEngine engine() {
        if (!complete) {
            completeWithApplication();
        }
        return engine;
    }

    /**
     * Adds the root resource classes of the application that no module compiled, so that a module's route
     * that would also match their paths is narrowed (a method without a policy may run there).
     */
    private synchronized void completeWithApplication() {
        if (complete) {
            return;
        }
        Set<Class<?>> classes = new LinkedHashSet<>();
        try {
            Application app = application;
            if (app != null) {
                classes.addAll(app.getClasses());
                for (Object singleton : app.getSingletons()) {
                    classes.add(singleton.getClass());
                }
            }
        } catch (RuntimeException notAvailable) {
            // no Application to read: only the modules' own routes are known
        }
        Set<String> names = new LinkedHashSet<>();
        classes.forEach(c -> names.add(c.getName()));
        // a module none of whose classes the application lists is another application's (a class loader
        // shared by several deployments): its routes must not answer for this one
        List<CorsModule> own = new ArrayList<>();
        for (CorsModule m : modules) {
            if (names.isEmpty() || m.classes().stream().anyMatch(names::contains)) {
                own.add(m);
            } else {
                LOG.log(System.Logger.Level.WARNING, "corsgen: " + m.name() + " is on the class path, but the"
                        + " application lists none of its resource classes; its policies are not applied");
            }
        }
        CorsEngine withOwn = own.size() == modules.size() ? engine : CorsEngine.combine(own, Set.of(), debug);
        Set<String> foreign = new LinkedHashSet<>();
        for (Class<?> type : classes) {
            Path path = type.getAnnotation(Path.class);
            if (path != null && !withOwn.knowsClass(type.getName())) {
                foreign.add(path.value());
            }
        }
        engine = foreign.isEmpty() ? withOwn : CorsEngine.combine(own, foreign, debug);
        complete = true;
    }
}
