package org.corsgen.processor.rules;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

import org.corsgen.processor.model.PolicySpec;

/**
 * Where a diagnostic points: the element, the {@code @CrossOrigin} on it, and the offending value
 * ({@code null} for the annotation as a whole). Compared by identity of the three, so one written value
 * is reported once however many policies it is part of.
 */
record Location(Element element, AnnotationMirror mirror, AnnotationValue value) {

    static Location of(PolicySpec spec, AnnotationValue value) {
        return new Location(spec.element(), spec.mirror(), value);
    }

    static Location of(PolicySpec spec) {
        return new Location(spec.element(), spec.mirror(), null);
    }
}
