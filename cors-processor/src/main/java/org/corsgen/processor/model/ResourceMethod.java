package org.corsgen.processor.model;

import java.util.List;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A Jakarta REST method of a resource class: a resource method ({@code @GET} ..., template
 * {@code ""}), a sub-resource method ({@code @GET @Path("x")}) or a sub-resource locator
 * ({@code @Path("x")} without a designator).
 */
public final class ResourceMethod {

    private final ExecutableElement element;
    private final String template;
    private final String httpMethod;
    private final List<String> headerParams;
    private final PolicySpec policy;
    private final TypeElement locatorTarget;
    private final List<String> parameterLists;

    ResourceMethod(ExecutableElement element, String template, String httpMethod, List<String> headerParams,
            PolicySpec policy, TypeElement locatorTarget, List<String> parameterLists) {
        this.element = element;
        this.template = template;
        this.httpMethod = httpMethod;
        this.headerParams = List.copyOf(headerParams);
        this.policy = policy;
        this.locatorTarget = locatorTarget;
        this.parameterLists = List.copyOf(parameterLists);
    }

    /** @return the method's name */
    public String name() {
        return element.getSimpleName().toString();
    }

    /**
     * @return the method's parameter types as the container's {@code java.lang.reflect.Method} for it may
     *     report them ({@code Class.getTypeName()} of each erased type, comma-separated): as a member of the
     *     resource class, as declared, and as declared where its annotations come from (they differ for
     *     generic parameters), without repeats
     */
    public List<String> parameterLists() {
        return parameterLists;
    }

    /** @return the method of the resource class (possibly inherited from a superclass) */
    public ExecutableElement element() {
        return element;
    }

    /** @return the method's {@code @Path} exactly as written, {@code ""} without one */
    public String template() {
        return template;
    }

    /** @return the HTTP method, or {@code null} for a sub-resource locator */
    public String httpMethod() {
        return httpMethod;
    }

    public boolean isLocator() {
        return httpMethod == null;
    }

    /** @return the {@code @HeaderParam} names of the method's parameters and of its class's fields */
    public List<String> headerParams() {
        return headerParams;
    }

    /**
     * @return the method-level {@code @CrossOrigin}: the method's own, or else that of the method it
     *     inherits its Jakarta REST annotations from; {@code null} when there is none
     */
    public PolicySpec policy() {
        return policy;
    }

    /**
     * @return for a locator, the class or interface its declared return type names, or {@code null}
     *     ({@code Object}, {@code Class<?>}, a type variable, ...); whether it is a node or opaque is decided
     *     by whether that type has Jakarta REST methods
     */
    public TypeElement locatorTarget() {
        return locatorTarget;
    }
}
