package org.corsgen.processor.model;

import java.util.List;

import javax.lang.model.element.AnnotationValue;

/**
 * One attribute as written on one {@code @CrossOrigin}, with the {@link AnnotationValue}s that let a
 * diagnostic point at it (the whole attribute, and each element of an array).
 */
public final class Written {

    private final Attribute attribute;
    private final Object value;
    private final AnnotationValue annotationValue;
    private final List<String> items;
    private final List<AnnotationValue> itemValues;

    private Written(Attribute attribute, Object value, AnnotationValue annotationValue, List<String> items,
            List<AnnotationValue> itemValues) {
        this.attribute = attribute;
        this.value = value;
        this.annotationValue = annotationValue;
        this.items = items;
        this.itemValues = itemValues;
    }

    static Written array(Attribute attribute, AnnotationValue whole, List<String> items,
            List<AnnotationValue> itemValues) {
        return new Written(attribute, List.copyOf(items), whole, List.copyOf(items), List.copyOf(itemValues));
    }

    static Written scalar(Attribute attribute, Object value, AnnotationValue whole) {
        return new Written(attribute, value, whole, List.of(), List.of());
    }

    public Attribute attribute() {
        return attribute;
    }

    /** @return the strings of an array attribute, in written order */
    public List<String> strings() {
        return items;
    }

    public boolean bool() {
        return (Boolean) value;
    }

    public long number() {
        return ((Number) value).longValue();
    }

    /** @return the whole attribute's value, for diagnostics */
    public AnnotationValue annotationValue() {
        return annotationValue;
    }

    /**
     * @param item a string of this array attribute
     * @return the first array element equal to {@code item}, so a diagnostic lands on that element; the
     *     whole attribute when there is none
     */
    public AnnotationValue valueOf(String item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).equals(item)) {
                return itemValues.get(i);
            }
        }
        return annotationValue;
    }

    /** @return the {@code index}-th array element's value, for diagnostics */
    public AnnotationValue valueAt(int index) {
        return itemValues.get(index);
    }
}
