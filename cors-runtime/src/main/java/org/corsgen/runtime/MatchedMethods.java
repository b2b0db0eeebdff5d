package org.corsgen.runtime;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The policy of the resource method the container matched, as its {@code ResourceInfo} names it (the
 * resource class and the {@link Method}), from the {@code handler} lines every module's processor wrote:
 * no annotation is read and nothing is invoked. The {@code Method} object the container already holds is
 * only a key: its name and parameter types are read once per resource class and method, when the cache is
 * filled, and every later request is a class lookup and a map lookup.
 *
 * <p>A method that no module declared (a resource compiled without corsgen, the container's own OPTIONS
 * or WADL handlers) has no policy. A method declared several times (a class reached through several
 * locators, each with its own outer policy) has the narrowest of its policies.
 */
final class MatchedMethods {

    /** The cache's mark for a method declared without a policy. */
    private static final Object NO_POLICY = new Object();
    /** The cache's mark for a method no module declared. */
    private static final Object UNDECLARED = new Object();

    /** By {@code <class binary name>#<method name>(<parameter type names>)}. */
    private final Map<String, CorsPolicy> byKey;
    private final Set<String> classes;
    private final ClassValue<Map<Method, Object>> cache = new ClassValue<>() {
        @Override
        protected Map<Method, Object> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private MatchedMethods(Map<String, CorsPolicy> byKey) {
        this.byKey = byKey;
        Set<String> names = new HashSet<>();
        byKey.keySet().forEach(k -> names.add(k.substring(0, k.indexOf('#'))));
        this.classes = Set.copyOf(names);
    }

    /** Collects {@code handler} lines. */
    static final class Builder {
        private final Map<String, CorsPolicy> byKey = new HashMap<>();
        private final Set<String> declared = new HashSet<>();

        void add(String key, CorsPolicy policy) {
            if (!declared.add(key)) {
                policy = CorsPolicy.narrowest(byKey.get(key), policy);
            }
            byKey.put(key, policy);
        }

        MatchedMethods build() {
            return new MatchedMethods(new HashMap<>(byKey));
        }
    }

    /**
     * @param resourceClass the class of the matched resource ({@code ResourceInfo.getResourceClass()})
     * @param method the matched method ({@code ResourceInfo.getResourceMethod()})
     * @return its policy, or {@code null} for none
     */
    CorsPolicy policyOf(Class<?> resourceClass, Method method) {
        Object known = known(resourceClass, method);
        return known instanceof CorsPolicy p ? p : null;
    }

    /**
     * @return whether some module declared this method of this class (with or without a policy); a method no
     *     module declared is a resource no corsgen module compiled, or one the container made itself (Jersey's
     *     automatic OPTIONS)
     */
    boolean declares(Class<?> resourceClass, Method method) {
        return known(resourceClass, method) != UNDECLARED;
    }

    private Object known(Class<?> resourceClass, Method method) {
        Map<Method, Object> byMethod = cache.get(resourceClass);
        Object known = byMethod.get(method);
        if (known == null) {
            String key = key(resourceClass, method);
            CorsPolicy p = byKey.get(key);
            known = p != null ? p : byKey.containsKey(key) ? NO_POLICY : UNDECLARED;
            byMethod.putIfAbsent(method, known);
        }
        return known;
    }

    /** @return the binary names of the classes whose methods were declared */
    Set<String> classes() {
        return classes;
    }

    /** @return whether some module declared resource methods for the class of this binary name */
    boolean knowsClass(String binaryName) {
        return classes.contains(binaryName);
    }

    /** @return the key the processor writes for this method of this class */
    static String key(Class<?> resourceClass, Method method) {
        StringBuilder b = new StringBuilder(resourceClass.getName()).append('#').append(method.getName()).append('(');
        Class<?>[] parameters = method.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(parameters[i].getTypeName());
        }
        return b.append(')').toString();
    }
}
