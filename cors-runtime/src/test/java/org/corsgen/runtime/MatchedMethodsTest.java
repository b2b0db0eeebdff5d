package org.corsgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link MatchedMethods}: the policy of the method the container ran, by the key the processor writes in
 * {@code handler} lines ({@code ResourceReader} computes the same parameter type names at compile time).
 */
class MatchedMethodsTest {

    static class Base {
        public String get() {
            return "";
        }
    }

    static final class Orders extends Base {
        public String one(long id, String[] tags, List<String> names, Inner inner) {
            return "";
        }

        public String one(int id) {
            return "";
        }

        static final class Inner {
        }
    }

    static final class Items extends Base {
    }

    private static final CorsPolicy A = CorsPolicy.builder().origins("https://a.example").methods("GET").build();
    private static final CorsPolicy B = CorsPolicy.builder().origins("https://b.example").methods("GET").build();

    private static Method method(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
        return type.getMethod(name, parameters);
    }

    @Test
    void theKeyIsClassMethodAndParameterTypeNames() throws Exception {
        Method one = method(Orders.class, "one", long.class, String[].class, List.class, Orders.Inner.class);
        assertEquals(Orders.class.getName() + "#one(long,java.lang.String[],java.util.List,"
                + Orders.class.getName() + "$Inner)", MatchedMethods.key(Orders.class, one));
        assertEquals(Items.class.getName() + "#get()", MatchedMethods.key(Items.class, method(Base.class, "get")));
    }

    @Test
    void eachMethodGetsItsOwnPolicyAndTheResourceClassDecides() throws Exception {
        MatchedMethods.Builder b = new MatchedMethods.Builder();
        b.add(Orders.class.getName() + "#one(int)", A);
        b.add(Orders.class.getName() + "#get()", B);
        b.add(Items.class.getName() + "#get()", A);
        MatchedMethods m = b.build();
        Method get = method(Base.class, "get");
        // one Method object, inherited by two resource classes with different policies
        assertSame(B, m.policyOf(Orders.class, get));
        assertSame(A, m.policyOf(Items.class, get));
        assertSame(A, m.policyOf(Orders.class, method(Orders.class, "one", int.class)));
        // an overload no module declared, a class no module compiled
        Method other = method(Orders.class, "one", long.class, String[].class, List.class, Orders.Inner.class);
        assertNull(m.policyOf(Orders.class, other));
        assertFalse(m.declares(Orders.class, other));
        assertNull(m.policyOf(Base.class, get), "a class is never taken for its subclass or superclass");
        assertFalse(m.declares(Base.class, get));
        // asked again: the cached answer
        assertSame(B, m.policyOf(Orders.class, get));
        assertTrue(m.knowsClass(Items.class.getName()));
        assertFalse(m.knowsClass(Base.class.getName()));
    }

    @Test
    void aMethodDeclaredWithoutAPolicyIsKnownButGrantsNothing() throws Exception {
        MatchedMethods.Builder b = new MatchedMethods.Builder();
        b.add(Items.class.getName() + "#get()", null);
        MatchedMethods m = b.build();
        assertNull(m.policyOf(Items.class, method(Base.class, "get")));
        assertTrue(m.declares(Items.class, method(Base.class, "get")));
    }

    @Test
    void aMethodDeclaredTwiceHasTheNarrowestOfItsPolicies() throws Exception {
        // a class reached through two locators, each with its own outer policy
        MatchedMethods.Builder b = new MatchedMethods.Builder();
        b.add(Items.class.getName() + "#get()", A);
        b.add(Items.class.getName() + "#get()", B);
        CorsPolicy p = b.build().policyOf(Items.class, method(Base.class, "get"));
        assertTrue(p.isNarrowed());
        assertFalse(p.allowsOrigin("https://a.example"));
        assertFalse(p.allowsOrigin("https://b.example"));
        MatchedMethods.Builder withNone = new MatchedMethods.Builder();
        withNone.add(Items.class.getName() + "#get()", A);
        withNone.add(Items.class.getName() + "#get()", null);
        assertFalse(withNone.build().policyOf(Items.class, method(Base.class, "get")).allowsOrigin("https://a.example"));
    }
}
