package org.corsgen.benchmarks.jaxrs;

import java.lang.reflect.Method;

import jakarta.ws.rs.container.ResourceInfo;

/**
 * What the container matched, as a filter's {@code ResourceInfo} reports it in the response phase: the
 * resource class and a real {@link Method} of it (looked up once, at set-up, as a container holds the
 * {@code Method} of its resource model), or {@code null} for both where nothing was matched (a 404 or 405
 * answer, a preflight answered before matching).
 *
 * <p>Two final fields and nothing else, which is what the objects behind both containers' {@code ResourceInfo}
 * cost: RESTEasy's ({@code ResourceMethodInvoker}'s) and Jersey's ({@code UriRoutingContext}) return fields
 * they stored when they matched. What this stub leaves out is the way to that object: both containers inject a
 * proxy into a singleton provider, which finds the current request's object per call; {@code BreakdownBenchmark}
 * measures Jersey's real one ({@code JerseyResourceInfo}).
 */
public final class StubResourceInfo implements ResourceInfo {

    /** Nothing matched. */
    public static final StubResourceInfo NOTHING = new StubResourceInfo(null, null);

    private final Class<?> resourceClass;
    private final Method resourceMethod;

    private StubResourceInfo(Class<?> resourceClass, Method resourceMethod) {
        this.resourceClass = resourceClass;
        this.resourceMethod = resourceMethod;
    }

    /**
     * @param resourceClass the matched resource class
     * @param method the name of the matched method of it
     * @param parameterTypes its parameter types
     * @return the stub reporting that method (reflection once, here, at set-up)
     * @throws IllegalArgumentException when the class has no such public method
     */
    public static StubResourceInfo of(Class<?> resourceClass, String method, Class<?>... parameterTypes) {
        try {
            return new StubResourceInfo(resourceClass, resourceClass.getMethod(method, parameterTypes));
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(resourceClass.getName() + " has no method " + method, e);
        }
    }

    @Override
    public Method getResourceMethod() {
        return resourceMethod;
    }

    @Override
    public Class<?> getResourceClass() {
        return resourceClass;
    }

    @Override
    public String toString() {
        return resourceMethod == null ? "nothing matched" : resourceClass.getSimpleName() + "." + resourceMethod.getName();
    }
}
