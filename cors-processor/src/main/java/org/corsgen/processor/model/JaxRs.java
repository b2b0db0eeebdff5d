package org.corsgen.processor.model;

import java.util.Map;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The Jakarta REST annotations the model reads, by name: the processor does not need the API on its
 * own class path, and works from source and class-file elements alike.
 */
public final class JaxRs {

    public static final String CROSS_ORIGIN = "org.corsgen.CrossOrigin";
    public static final String PATH = "jakarta.ws.rs.Path";
    static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";
    static final String HEADER_PARAM = "jakarta.ws.rs.HeaderParam";
    private static final String API_PACKAGE_PREFIX = "jakarta.ws.rs.";

    private JaxRs() {
    }

    /** @return the annotation of that type on {@code element}, or {@code null} */
    static AnnotationMirror find(Element element, String annotationType) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            if (nameOf(m).equals(annotationType)) {
                return m;
            }
        }
        return null;
    }

    /** @return the {@code @Path} annotation of {@code element}, or {@code null} without one */
    public static AnnotationMirror pathAnnotation(Element element) {
        return find(element, PATH);
    }

    /** @return the {@code @Path} value of {@code element}, or {@code null} without one */
    public static String path(Element element) {
        AnnotationMirror path = find(element, PATH);
        return path == null ? null : stringValue(path);
    }

    /**
     * @return the HTTP method of {@code method}'s designator: {@code @GET}, ... or any annotation that is
     *     itself annotated with {@code @HttpMethod}, using that value; {@code null} when there is none
     */
    static String designator(ExecutableElement method) {
        for (AnnotationMirror m : method.getAnnotationMirrors()) {
            String http = designatorOf(m);
            if (http != null) {
                return http;
            }
        }
        return null;
    }

    private static String designatorOf(AnnotationMirror annotation) {
        Element type = annotation.getAnnotationType().asElement();
        AnnotationMirror httpMethod = find(type, HTTP_METHOD);
        return httpMethod == null ? null : stringValue(httpMethod);
    }

    /**
     * @return whether {@code method} or one of its parameters carries a Jakarta REST annotation of its
     *     own (which cancels annotation inheritance, Jakarta REST 3.1 §3.6)
     */
    public static boolean hasOwnAnnotations(ExecutableElement method) {
        if (hasJaxRs(method)) {
            return true;
        }
        for (VariableElement p : method.getParameters()) {
            if (hasJaxRs(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasJaxRs(Element element) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            if (nameOf(m).startsWith(API_PACKAGE_PREFIX) || designatorOf(m) != null) {
                return true;
            }
        }
        return false;
    }

    /** @return the {@code @HeaderParam} value on {@code element}, or {@code null} */
    static String headerParam(Element element) {
        AnnotationMirror m = find(element, HEADER_PARAM);
        return m == null ? null : stringValue(m);
    }

    static String nameOf(AnnotationMirror m) {
        return ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    private static String stringValue(AnnotationMirror m) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : m.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals("value") && e.getValue().getValue() instanceof String) {
                return (String) e.getValue().getValue();
            }
        }
        return "";
    }
}
