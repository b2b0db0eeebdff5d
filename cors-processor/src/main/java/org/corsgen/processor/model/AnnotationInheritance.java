package org.corsgen.processor.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Jakarta REST 3.1 §3.6 annotation inheritance: a method without Jakarta REST annotations of its own
 * (on the method or its parameters) takes those of the superclass or interface method it overrides.
 * Superclasses are searched before interfaces; any own annotation cancels inheritance entirely.
 */
final class AnnotationInheritance {

    private final Elements elements;

    AnnotationInheritance(Elements elements) {
        this.elements = elements;
    }

    /**
     * @param type the resource class {@code method} is a member of
     * @param method a method of {@code type} (declared there or inherited)
     * @return the method whose Jakarta REST annotations apply to {@code method}: itself, an overridden
     *     method, or {@code null} when none carries any
     */
    ExecutableElement annotationSource(TypeElement type, ExecutableElement method) {
        if (JaxRs.hasOwnAnnotations(method)) {
            return method;
        }
        TypeElement declaring = (TypeElement) method.getEnclosingElement();
        for (TypeElement s = superclass(declaring); s != null; s = superclass(s)) {
            ExecutableElement found = overriddenWithAnnotations(type, method, s);
            if (found != null) {
                return found;
            }
        }
        Deque<TypeElement> queue = new ArrayDeque<>();
        Set<TypeElement> seen = new HashSet<>();
        for (TypeElement c = declaring; c != null; c = superclass(c)) {
            addInterfaces(c, queue, seen);
        }
        while (!queue.isEmpty()) {
            TypeElement i = queue.removeFirst();
            ExecutableElement found = overriddenWithAnnotations(type, method, i);
            if (found != null) {
                return found;
            }
            addInterfaces(i, queue, seen);
        }
        return null;
    }

    private ExecutableElement overriddenWithAnnotations(TypeElement type, ExecutableElement method,
            TypeElement candidateOwner) {
        for (ExecutableElement c : ElementFilter.methodsIn(candidateOwner.getEnclosedElements())) {
            if (c.getSimpleName().equals(method.getSimpleName())
                    && c.getParameters().size() == method.getParameters().size()
                    && elements.overrides(method, c, type)
                    && JaxRs.hasOwnAnnotations(c)) {
                return c;
            }
        }
        return null;
    }

    private static void addInterfaces(TypeElement t, Deque<TypeElement> queue, Set<TypeElement> seen) {
        for (TypeMirror i : t.getInterfaces()) {
            TypeElement e = asType(i);
            if (e != null && seen.add(e)) {
                queue.addLast(e);
            }
        }
    }

    static TypeElement superclass(TypeElement t) {
        TypeElement s = asType(t.getSuperclass());
        return s == null || s.getQualifiedName().contentEquals("java.lang.Object") ? null : s;
    }

    static TypeElement asType(TypeMirror m) {
        if (m.getKind() != TypeKind.DECLARED) {
            return null;
        }
        Element e = ((DeclaredType) m).asElement();
        return e instanceof TypeElement ? (TypeElement) e : null;
    }
}
