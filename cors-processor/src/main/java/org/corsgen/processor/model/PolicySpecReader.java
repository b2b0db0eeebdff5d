package org.corsgen.processor.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads the {@code @CrossOrigin} written on an element into a {@link PolicySpec}, once per element, from
 * source or class files alike (only {@link AnnotationMirror#getElementValues()}, no compiler trees).
 *
 * <p>An empty {@code origins}, {@code methods} or {@code allowedHeaders} array means "inherit" (see the
 * annotation's Javadoc) and is treated as not written; an empty {@code exposedHeaders} array is written
 * and replaces what an outer level exposes.
 */
public final class PolicySpecReader {

    private final Map<Element, Optional<PolicySpec>> cache = new HashMap<>();

    /** @return the element's {@code @CrossOrigin}, or {@code null} when it has none */
    public PolicySpec read(Element element) {
        return cache.computeIfAbsent(element, e -> Optional.ofNullable(readUncached(e))).orElse(null);
    }

    private static PolicySpec readUncached(Element element) {
        AnnotationMirror mirror = JaxRs.find(element, JaxRs.CROSS_ORIGIN);
        if (mirror == null) {
            return null;
        }
        Map<Attribute, Written> written = new EnumMap<>(Attribute.class);
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : mirror.getElementValues().entrySet()) {
            Attribute attribute = Attribute.named(e.getKey().getSimpleName().toString());
            if (attribute == null) {
                continue;
            }
            Written w = toWritten(attribute, e.getValue());
            if (w != null) {
                written.put(attribute, w);
            }
        }
        return new PolicySpec(element, mirror, levelOf(element), written);
    }

    private static Written toWritten(Attribute attribute, AnnotationValue value) {
        Object raw = value.getValue();
        switch (attribute) {
            case ORIGINS:
            case METHODS:
            case ALLOWED_HEADERS:
            case EXPOSED_HEADERS: {
                List<String> items = new ArrayList<>();
                List<AnnotationValue> itemValues = new ArrayList<>();
                if (raw instanceof List) {
                    for (Object o : (List<?>) raw) {
                        if (o instanceof AnnotationValue && ((AnnotationValue) o).getValue() instanceof String) {
                            items.add((String) ((AnnotationValue) o).getValue());
                            itemValues.add((AnnotationValue) o);
                        }
                    }
                } else if (raw instanceof String) { // defensive: a single value not wrapped
                    items.add((String) raw);
                    itemValues.add(value);
                }
                if (items.isEmpty() && attribute != Attribute.EXPOSED_HEADERS) {
                    return null;
                }
                return Written.array(attribute, value, items, itemValues);
            }
            case CREDENTIALS:
            case PRIVATE_NETWORK:
                return raw instanceof Boolean ? Written.scalar(attribute, raw, value) : null;
            case MAX_AGE:
                return raw instanceof Number ? Written.scalar(attribute, ((Number) raw).longValue(), value) : null;
            default:
                throw new AssertionError(attribute);
        }
    }

    private static PolicySpec.Level levelOf(Element element) {
        if (element instanceof PackageElement) {
            return PolicySpec.Level.PACKAGE;
        }
        if (element instanceof TypeElement) {
            return PolicySpec.Level.CLASS;
        }
        return PolicySpec.Level.METHOD;
    }
}
