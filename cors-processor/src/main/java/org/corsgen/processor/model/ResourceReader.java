package org.corsgen.processor.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a class or interface into a {@link ResourceClass}, once per type. */
public final class ResourceReader {

    private final Elements elements;
    private final Types types;
    private final PolicySpecReader policies;
    private final AnnotationInheritance inheritance;
    private final Map<TypeElement, ResourceClass> cache = new HashMap<>();

    public ResourceReader(Elements elements, Types types, PolicySpecReader policies) {
        this.elements = elements;
        this.types = types;
        this.policies = policies;
        this.inheritance = new AnnotationInheritance(elements);
    }

    public ResourceClass read(TypeElement type) {
        ResourceClass known = cache.get(type);
        if (known == null) {
            known = readUncached(type);
            cache.put(type, known);
        }
        return known;
    }

    private ResourceClass readUncached(TypeElement type) {
        List<String> fieldHeaders = fieldHeaderParams(type);
        List<ResourceMethod> methods = new ArrayList<>();
        for (ExecutableElement m : memberMethods(type)) {
            ExecutableElement source = inheritance.annotationSource(type, m);
            if (source == null) {
                continue;
            }
            String http = JaxRs.designator(source);
            String template = JaxRs.path(source);
            if (http == null && template == null) {
                continue; // e.g. only @Produces: not a resource method
            }
            PolicySpec policy = policies.read(m);
            if (policy == null && source != m) {
                policy = policies.read(source);
            }
            List<String> headers = new ArrayList<>();
            for (VariableElement p : source.getParameters()) {
                String h = JaxRs.headerParam(p);
                if (h != null && !h.isEmpty()) {
                    headers.add(h);
                }
            }
            headers.addAll(fieldHeaders);
            TypeElement target = http == null ? locatorTarget(type, m) : null;
            methods.add(new ResourceMethod(m, template == null ? "" : template, http, headers, policy, target,
                    parameterLists(type, m, source)));
        }
        return new ResourceClass(type, elements.getBinaryName(type).toString(), JaxRs.path(type),
                policies.read(type), policies.read(elements.getPackageOf(type)), methods);
    }

    /** Public instance methods of the type: declared first, then superclasses', then interfaces'. */
    private List<ExecutableElement> memberMethods(TypeElement type) {
        List<TypeElement> hierarchy = new ArrayList<>();
        for (TypeElement c = type; c != null; c = AnnotationInheritance.superclass(c)) {
            hierarchy.add(c);
        }
        Deque<TypeElement> queue = new ArrayDeque<>(hierarchy);
        Set<TypeElement> seen = new LinkedHashSet<>(hierarchy);
        while (!queue.isEmpty()) {
            for (TypeMirror i : queue.removeFirst().getInterfaces()) {
                TypeElement e = AnnotationInheritance.asType(i);
                if (e != null && seen.add(e)) {
                    queue.addLast(e);
                }
            }
        }
        List<ExecutableElement> result = new ArrayList<>();
        for (TypeElement owner : seen) {
            boolean ownerIsInterface = owner.getKind().isInterface();
            for (ExecutableElement m : ElementFilter.methodsIn(owner.getEnclosedElements())) {
                Set<Modifier> mods = m.getModifiers();
                if (mods.contains(Modifier.STATIC) || (!ownerIsInterface && !mods.contains(Modifier.PUBLIC))
                        || mods.contains(Modifier.PRIVATE)) {
                    continue;
                }
                if (ownerIsInterface && !type.getKind().isInterface() && mods.contains(Modifier.ABSTRACT)
                        && !type.getModifiers().contains(Modifier.ABSTRACT)) {
                    continue; // implemented by the class; its implementation is already (or will be) listed
                }
                if (!isOverridden(m, result, type)) {
                    result.add(m);
                }
            }
        }
        return result;
    }

    private boolean isOverridden(ExecutableElement m, List<ExecutableElement> already, TypeElement type) {
        for (ExecutableElement a : already) {
            if (a.getSimpleName().equals(m.getSimpleName())
                    && a.getParameters().size() == m.getParameters().size()
                    && elements.overrides(a, m, type)) {
                return true;
            }
        }
        return false;
    }

    /** {@code @HeaderParam} fields of the class and its superclasses apply to every resource method. */
    private static List<String> fieldHeaderParams(TypeElement type) {
        List<String> headers = new ArrayList<>();
        Set<TypeElement> seen = new HashSet<>();
        for (TypeElement c = type; c != null && seen.add(c); c = AnnotationInheritance.superclass(c)) {
            for (VariableElement f : ElementFilter.fieldsIn(c.getEnclosedElements())) {
                String h = JaxRs.headerParam(f);
                if (h != null && !h.isEmpty()) {
                    headers.add(h);
                }
            }
        }
        return headers;
    }

    /** @see ResourceMethod#parameterLists() */
    private List<String> parameterLists(TypeElement type, ExecutableElement m, ExecutableElement source) {
        Set<String> lists = new LinkedHashSet<>();
        if (type.asType().getKind() == TypeKind.DECLARED) {
            try {
                lists.add(parameterList(((ExecutableType) types.asMemberOf((DeclaredType) type.asType(), m))
                        .getParameterTypes()));
            } catch (IllegalArgumentException e) {
                // only the declared forms
            }
        }
        lists.add(parameterList(((ExecutableType) m.asType()).getParameterTypes()));
        lists.add(parameterList(((ExecutableType) source.asType()).getParameterTypes()));
        return List.copyOf(lists);
    }

    private String parameterList(List<? extends TypeMirror> parameters) {
        StringBuilder b = new StringBuilder();
        for (TypeMirror t : parameters) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(runtimeTypeName(t));
        }
        return b.toString();
    }

    /** @return the name {@code Class.getTypeName()} gives the erasure of {@code t} */
    private String runtimeTypeName(TypeMirror t) {
        TypeMirror erased = types.erasure(t);
        switch (erased.getKind()) {
            case ARRAY:
                return runtimeTypeName(((ArrayType) erased).getComponentType()) + "[]";
            case DECLARED:
                return elements.getBinaryName((TypeElement) ((DeclaredType) erased).asElement()).toString();
            default:
                return erased.toString(); // a primitive: int, long, ...
        }
    }

    private TypeElement locatorTarget(TypeElement type, ExecutableElement m) {
        TypeMirror returnType = m.getReturnType();
        if (type.asType().getKind() == TypeKind.DECLARED) {
            try {
                returnType = ((ExecutableType) types.asMemberOf((DeclaredType) type.asType(), m)).getReturnType();
            } catch (IllegalArgumentException e) {
                // keep the declared return type
            }
        }
        TypeElement target = AnnotationInheritance.asType(returnType);
        if (target == null || target.getQualifiedName().contentEquals("java.lang.Object")) {
            return null;
        }
        return target;
    }
}
