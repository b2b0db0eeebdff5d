package org.corsgen.processor.model;

import java.util.StringJoiner;

import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** Names elements the way diagnostics show them. */
public final class Describe {

    private Describe() {
    }

    /** @return {@code package p}, {@code class p.C} or {@code method p.C.m(String)} */
    public static String element(Element e) {
        if (e instanceof PackageElement) {
            return "package " + ((PackageElement) e).getQualifiedName();
        }
        if (e instanceof TypeElement) {
            return (e.getKind().isInterface() ? "interface " : "class ") + ((TypeElement) e).getQualifiedName();
        }
        if (e instanceof ExecutableElement) {
            return "method " + method((ExecutableElement) e);
        }
        return e.getKind().toString().toLowerCase(java.util.Locale.ROOT) + " " + e.getSimpleName();
    }

    /** @return {@code p.C.m(String)} */
    public static String method(ExecutableElement m) {
        StringJoiner params = new StringJoiner(", ", "(", ")");
        for (VariableElement p : m.getParameters()) {
            String type = p.asType().toString();
            int generic = type.indexOf('<');
            String raw = generic < 0 ? type : type.substring(0, generic);
            params.add(raw.substring(raw.lastIndexOf('.') + 1) + (generic < 0 ? "" : type.substring(generic)));
        }
        Element owner = m.getEnclosingElement();
        String ownerName = owner instanceof TypeElement ? ((TypeElement) owner).getQualifiedName().toString() : "";
        return ownerName + "." + m.getSimpleName() + params;
    }
}
