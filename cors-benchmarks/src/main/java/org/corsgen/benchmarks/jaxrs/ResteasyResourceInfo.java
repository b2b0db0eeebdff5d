package org.corsgen.benchmarks.jaxrs;

import java.lang.annotation.Annotation;

import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.core.ContextParameterInjector;
import org.jboss.resteasy.core.ResteasyContext;
import org.jboss.resteasy.spi.ResteasyProviderFactory;

/**
 * RESTEasy's way to a singleton provider's {@code @Context ResourceInfo}: {@code ContextParameterInjector}
 * injects a {@code java.lang.reflect.Proxy} for an interface type, whose every call looks the request's object
 * up in the thread's context data ({@code ResteasyContext}, where RESTEasy pushes the {@code ResourceInfo} of
 * the method it matched) and calls it reflectively. Here the object pushed is a {@link StubResourceInfo}, so
 * the proxy, not RESTEasy's matching, is what a measurement through it adds.
 */
public final class ResteasyResourceInfo {

    private ResteasyResourceInfo() {
    }

    /**
     * Pushes {@code behind} as this thread's {@code ResourceInfo} context data, on a context level of its own.
     *
     * @return RESTEasy's proxy, which then answers as {@code behind} does on this thread
     */
    public static ResourceInfo proxy(ResourceInfo behind) {
        ResteasyContext.addContextDataLevel();
        ResteasyContext.pushContext(ResourceInfo.class, behind);
        Object proxy = new ContextParameterInjector(null, ResourceInfo.class, ResourceInfo.class, new Annotation[0],
                ResteasyProviderFactory.getInstance()).inject(false);
        if (!(proxy instanceof ResourceInfo info) || proxy == behind
                || !java.lang.reflect.Proxy.isProxyClass(proxy.getClass())) {
            throw new IllegalStateException("RESTEasy injected " + proxy + ", not its proxy");
        }
        if (info.getResourceMethod() != behind.getResourceMethod()) {
            throw new IllegalStateException("RESTEasy's proxy reports " + info.getResourceMethod());
        }
        return info;
    }

    /** Removes the context level {@link #proxy} added on this thread. */
    public static void release() {
        ResteasyContext.removeContextDataLevel();
    }
}
