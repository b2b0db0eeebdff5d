package org.corsgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The header rules of {@link CorsPolicy.Builder}: the same the processor applies at compile time. */
class CorsPolicyHeadersTest {

    private static CorsPolicy.Builder base() {
        return CorsPolicy.builder().origins("https://app.example.com").methods("GET");
    }

    @Test
    void wildcardCombinesWithAuthorizationOnly() {
        CorsPolicy star = base().allowedHeaders("*").build();
        CorsPolicy starAndAuthorization = base().credentials(true).allowedHeaders("*", "Authorization").build();
        assertTrue(starAndAuthorization.allowedHeaders().isAny());
        assertEquals(List.of("Authorization"), starAndAuthorization.allowedHeaders().names());
        assertNull(starAndAuthorization.allowHeadersValue(), "echoed, never a literal *");
        assertNotEquals(star, base().allowedHeaders("*", "Authorization").build());
        assertTrue(starAndAuthorization.toString().contains("allowedHeaders=[*, Authorization]"),
                starAndAuthorization::toString);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> base().allowedHeaders("*", "Authorization", "X-Req").build());
        assertTrue(e.getMessage().contains("[corsgen:allowed-header-wildcard-mixed] allowed header \"*\" cannot be"
                + " mixed with header names (\"X-Req\")"), e::getMessage);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Access-Control-Allow-Origin", "access-control-request-method", "Access-Control-Foo"})
    void corsProtocolNamesAreRefusedInBothLists(String name) {
        IllegalArgumentException allowed = assertThrows(IllegalArgumentException.class,
                () -> base().allowedHeaders("X-Req", name).build());
        assertTrue(allowed.getMessage().contains("allowed header \"" + name + "\""), allowed::getMessage);
        IllegalArgumentException exposed = assertThrows(IllegalArgumentException.class,
                () -> base().exposedHeaders(name).build());
        assertTrue(exposed.getMessage().contains("exposed header \"" + name + "\""), exposed::getMessage);
    }
}
