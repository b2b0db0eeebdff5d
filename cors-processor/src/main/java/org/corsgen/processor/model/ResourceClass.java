package org.corsgen.processor.model;

import java.util.List;

import javax.lang.model.element.TypeElement;

/** A class or interface with Jakarta REST methods, as read from source or a class file. */
public final class ResourceClass {

    private final TypeElement element;
    private final String binaryName;
    private final String path;
    private final PolicySpec policy;
    private final PolicySpec packagePolicy;
    private final List<ResourceMethod> methods;

    ResourceClass(TypeElement element, String binaryName, String path, PolicySpec policy, PolicySpec packagePolicy,
            List<ResourceMethod> methods) {
        this.element = element;
        this.binaryName = binaryName;
        this.path = path;
        this.policy = policy;
        this.packagePolicy = packagePolicy;
        this.methods = List.copyOf(methods);
    }

    public TypeElement element() {
        return element;
    }

    /** @return the class's {@code @Path} as written, or {@code null} for a class that is not a root */
    public String path() {
        return path;
    }

    /** @return the class-level {@code @CrossOrigin}, or {@code null} */
    public PolicySpec policy() {
        return policy;
    }

    /** @return the {@code @CrossOrigin} of the class's package ({@code package-info.java}), or {@code null} */
    public PolicySpec packagePolicy() {
        return packagePolicy;
    }

    /** @return resource methods, sub-resource methods and locators, declared ones first, in source order */
    public List<ResourceMethod> methods() {
        return methods;
    }

    /** @return the binary name, as {@code Class.getName()} gives it at run time ({@code a.Outer$Inner}) */
    public String binaryName() {
        return binaryName;
    }

    public String qualifiedName() {
        return element.getQualifiedName().toString();
    }
}
