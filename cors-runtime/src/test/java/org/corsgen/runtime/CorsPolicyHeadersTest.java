package org.corsgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

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
        assertTrue(e.getMessage().contains("allowed headers \"*\" can only be combined with \"Authorization\""),
                e::getMessage);
    }
}
