package org.corsgen.conformance;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.corsgen.conformance.api.AnyHeaderResource;
import org.corsgen.conformance.api.AuthenticationFilter;
import org.corsgen.conformance.api.CatchAllMapper;
import org.corsgen.conformance.api.DocumentResource;
import org.corsgen.conformance.api.GreetingResource;
import org.corsgen.conformance.api.InvoiceResource;
import org.corsgen.conformance.api.ItemConflictMapper;
import org.corsgen.conformance.api.ItemResource;
import org.corsgen.conformance.api.PartnerResource;
import org.corsgen.conformance.api.PublicResource;
import org.corsgen.conformance.api.RouteCache;
import org.corsgen.conformance.api.RouteCompete;
import org.corsgen.conformance.api.RouteDerived;
import org.corsgen.conformance.api.RouteFiles;
import org.corsgen.conformance.api.RouteGreetings;
import org.corsgen.conformance.api.RouteHead;
import org.corsgen.conformance.api.RouteItems;
import org.corsgen.conformance.api.RouteLocators;
import org.corsgen.conformance.api.RoutePatch;
import org.corsgen.conformance.api.RouteSlash;
import org.corsgen.conformance.api.RouteSplitAny;
import org.corsgen.conformance.api.RouteSplitNumber;
import org.corsgen.conformance.api.RouteThingById;
import org.corsgen.conformance.api.RouteThings;
import org.corsgen.conformance.api.SecureResource;
import org.corsgen.conformance.api.StatementResource;
import org.corsgen.conformance.observe.MatchObserver;
import org.corsgen.conformance.observe.PathObserver;

/**
 * The whole conformance application: the resources of this module and of the second module
 * ({@code cors-tests-billing}: {@link InvoiceResource}, {@link StatementResource}), mappers, an
 * authentication filter and two observers. Nothing for CORS: both generated features are found through
 * their {@code META-INF/services/jakarta.ws.rs.core.Feature} entries.
 */
@ApplicationPath("api")
public class ConformanceApplication extends Application {

    /** The resource classes of both modules. */
    public static final Set<Class<?>> RESOURCES = Set.of(ItemResource.class, PublicResource.class,
            PartnerResource.class, GreetingResource.class, SecureResource.class, DocumentResource.class,
            RouteItems.class, RouteThings.class, RouteThingById.class, RouteFiles.class, RouteCompete.class,
            RouteGreetings.class, RouteSlash.class, RouteHead.class, RoutePatch.class, RouteLocators.class,
            RouteDerived.class, RouteCache.class, RouteSplitAny.class, RouteSplitNumber.class,
            AnyHeaderResource.class, InvoiceResource.class, StatementResource.class);

    @Override
    public Set<Class<?>> getClasses() {
        return Apps.union(RESOURCES, Set.of(ItemConflictMapper.class, CatchAllMapper.class,
                AuthenticationFilter.class, MatchObserver.class, PathObserver.class));
    }
}
