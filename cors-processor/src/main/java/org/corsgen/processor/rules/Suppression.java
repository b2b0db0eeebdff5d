package org.corsgen.processor.rules;

import javax.lang.model.element.Element;

/**
 * {@code @SuppressWarnings} for corsgen's warnings: {@code "corsgen:<rule>"} silences one rule,
 * {@code "corsgen"} all of them, on the element a warning is about and everything it is declared in.
 * (Java does not allow {@code @SuppressWarnings} on a package, so a warning about a package annotation is
 * silenced only by {@code -Xlint} options or by fixing it.)
 */
final class Suppression {

    static final String ALL = "corsgen";

    private Suppression() {
    }

    /** @return whether {@code element} or an enclosing element suppresses the warnings of {@code rule} */
    static boolean silences(Element element, String rule) {
        String one = ALL + ":" + rule;
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            SuppressWarnings s = e.getAnnotation(SuppressWarnings.class);
            if (s == null) {
                continue;
            }
            for (String name : s.value()) {
                if (name.equals(ALL) || name.equals(one)) {
                    return true;
                }
            }
        }
        return false;
    }
}
