package org.corsgen.processor.model;

import java.util.EnumMap;
import java.util.Map;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * One {@code @CrossOrigin} as written on one level (package, class or method): only the attributes
 * actually written ({@link AnnotationMirror#getElementValues()}), each with where it came from.
 *
 * <p>Instances are created once per annotated element (see {@link PolicySpecReader}) and compared by
 * identity.
 */
public final class PolicySpec {

    /** Where the annotation was written. */
    public enum Level { PACKAGE, CLASS, METHOD }

    private final Element element;
    private final AnnotationMirror mirror;
    private final Level level;
    private final Map<Attribute, Written> written;
    private String description;

    PolicySpec(Element element, AnnotationMirror mirror, Level level, Map<Attribute, Written> written) {
        this.element = element;
        this.mirror = mirror;
        this.level = level;
        this.written = written.isEmpty() ? Map.of() : new EnumMap<>(written);
    }

    public Element element() {
        return element;
    }

    public AnnotationMirror mirror() {
        return mirror;
    }

    public Level level() {
        return level;
    }

    /** @return the attribute as written here, or {@code null} when this level does not write it */
    public Written get(Attribute attribute) {
        return written.get(attribute);
    }

    /** @return e.g. {@code class com.example.Orders} or {@code method com.example.Orders.list()} */
    public String describe() {
        if (description == null) {
            description = Describe.element(element); // once: the report asks for it per route and attribute
        }
        return description;
    }

    @Override
    public String toString() {
        return "@CrossOrigin on " + describe();
    }
}
