package org.corsgen.processor.rules;

import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

import org.corsgen.processor.model.Describe;
import org.corsgen.processor.model.JaxRs;
import org.corsgen.processor.model.PolicySpec;
import org.corsgen.processor.model.PolicySpecReader;

/**
 * WARNING: a {@code @CrossOrigin} that takes part in no policy chain: on a package without root resource
 * classes, a type that is no resource class, or a method that is no resource method or locator.
 */
final class PlacementCheck {

    static final String RULE = "no-effect";

    private final Reporter reporter;

    PlacementCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    void check(Set<? extends Element> annotated, Set<PolicySpec> used, Set<TypeElement> resourceTypes,
            PolicySpecReader specs) {
        for (Element e : annotated) {
            PolicySpec spec = specs.read(e);
            if (spec == null || used.contains(spec)) {
                continue;
            }
            String what = "@CrossOrigin on " + Describe.element(e) + " has no effect: ";
            String message;
            switch (spec.level()) {
                case PACKAGE:
                    message = what + "no root resource class (@Path) of this compilation is in this package"
                            + " (package annotations do not apply to sub-packages); put it on the package of the"
                            + " resource classes, or on the resource classes";
                    break;
                case CLASS:
                    message = what + "it is not a Jakarta REST resource class (it has no @Path, and no sub-resource"
                            + " locator of this compilation returns it); put it on a resource class, resource method"
                            + " or sub-resource locator";
                    break;
                default:
                    message = what + methodReason((ExecutableElement) e, resourceTypes)
                            + "; put it on a resource method (@GET, @POST, ...) or sub-resource locator (@Path)"
                            + " of a resource class";
            }
            reporter.warning(Location.of(spec), RULE, message);
        }
    }

    private static String methodReason(ExecutableElement method, Set<TypeElement> resourceTypes) {
        Element owner = method.getEnclosingElement();
        if (!JaxRs.hasOwnAnnotations(method)) {
            return "it is not a resource method or sub-resource locator (it has no @GET, @POST, ... or @Path)";
        }
        if (!resourceTypes.contains(owner)) {
            return "its class is not a Jakarta REST resource class of this compilation (no @Path, and no"
                    + " sub-resource locator returns it), and no resource method inherits it";
        }
        return "the method is not a resource method or sub-resource locator of the resource";
    }
}
