package org.corsgen.runtime.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Phase 3 of §3.7.2 without media types: the resource methods M a path resolved to, in registration order,
 * and the choice by HTTP method. HEAD is served by a HEAD method if M has one, otherwise by GET (§3.3.5).
 * Method names compare exactly (HTTP methods are case-sensitive).
 *
 * @param <P> the value type
 */
final class MethodSet<P> {

    /** The first method, also kept in fields: most sets have one method, and it is the 405 answer. */
    private final String firstMethod;
    private final Object firstValue;
    /** All methods and values, the first included; {@code null} for a set of one. */
    private final String[] httpMethods;
    private final Object[] values;

    /**
     * @param httpMethods the methods' designators, in registration order; one designator may come several
     *     times (methods that differ only in {@code @Consumes}/{@code @Produces}, or classes that share a
     *     template): a preflight cannot tell them apart, so they are one entry, with their values narrowed
     * @param narrower combines the values of methods the container may choose between
     */
    MethodSet(List<String> declaredMethods, List<P> declaredValues, BinaryOperator<P> narrower) {
        if (declaredMethods.isEmpty() || declaredMethods.size() != declaredValues.size()) {
            throw new IllegalStateException("a method set needs one value per method and at least one method");
        }
        List<String> httpMethods = new ArrayList<>();
        List<P> values = new ArrayList<>();
        for (int i = 0; i < declaredMethods.size(); i++) {
            int seen = httpMethods.indexOf(declaredMethods.get(i));
            if (seen < 0) {
                httpMethods.add(declaredMethods.get(i));
                values.add(declaredValues.get(i));
            } else {
                values.set(seen, narrower.apply(values.get(seen), declaredValues.get(i)));
            }
        }
        this.firstMethod = httpMethods.get(0);
        this.firstValue = values.get(0);
        this.httpMethods = httpMethods.size() == 1 ? null : httpMethods.toArray(new String[0]);
        this.values = httpMethods.size() == 1 ? null : values.toArray();
    }

    /**
     * Whether a request with {@code httpMethod} is served here, as Jersey decides when it goes on to the
     * next matching template: the method itself, HEAD where GET is, and OPTIONS everywhere (the container
     * answers it automatically); {@code null} (no method to choose by) counts as served.
     */
    boolean serves(String httpMethod) {
        if (httpMethod == null || firstMethod.equals(httpMethod) || httpMethod.equals("OPTIONS")) {
            return true;
        }
        boolean head = isHead(httpMethod);
        if (httpMethods == null) {
            return head && firstMethod.equals("GET");
        }
        for (String m : httpMethods) {
            if (m.equals(httpMethod) || head && m.equals("GET")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the value of the method serving {@code httpMethod}; if none does (the container answers 405,
     *     or an automatic OPTIONS), the value of the first method
     */
    @SuppressWarnings("unchecked")
    P select(String httpMethod) {
        if (httpMethod == null || firstMethod.equals(httpMethod) || httpMethods == null && !isHead(httpMethod)) {
            return (P) firstValue;
        }
        if (httpMethods != null) {
            for (int i = 1; i < httpMethods.length; i++) {
                if (httpMethods[i].equals(httpMethod)) {
                    return (P) values[i];
                }
            }
        }
        if (isHead(httpMethod)) {
            if (httpMethods == null) {
                return (P) firstValue; // served by GET if it is GET, otherwise 405: the first method either way
            }
            for (int i = 0; i < httpMethods.length; i++) {
                if (httpMethods[i].equals("GET")) {
                    return (P) values[i];
                }
            }
        }
        return (P) firstValue;
    }

    /** Adds every method's value, in order, to {@code out}. */
    @SuppressWarnings("unchecked")
    void addValuesTo(List<P> out) {
        if (values == null) {
            out.add((P) firstValue);
            return;
        }
        for (Object v : values) {
            out.add((P) v);
        }
    }

    private static boolean isHead(String httpMethod) {
        return httpMethod.equals("HEAD");
    }
}
