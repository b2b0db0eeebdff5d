package org.corsgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.net.URI;

import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

class EncodedPathTest {

    /** A {@code UriInfo} as Quarkus REST answers it: {@code getPath(false)} refused, the URIs given. */
    private static UriInfo decodedOnly(String base, String request) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPath" -> {
                        if (args != null && args.length == 1 && Boolean.FALSE.equals(args[0])) {
                            throw new IllegalArgumentException("We do not support non-decoded parameters");
                        }
                        yield URI.create(request).getPath().substring(URI.create(base).getPath().length() - 1);
                    }
                    case "getBaseUri" -> URI.create(base);
                    case "getRequestUri" -> URI.create(request);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theRawRequestPathPastTheBaseWhereOnlyTheDecodedPathIsGiven() {
        String base = "http://127.0.0.1:8080/shop/api/";
        assertEquals("/items/1", EncodedPath.of(decodedOnly(base, "http://127.0.0.1:8080/shop/api/items/1?q=1")));
        assertEquals("/items/a%2Fb", EncodedPath.of(decodedOnly(base, "http://127.0.0.1:8080/shop/api/items/a%2Fb")));
        assertEquals("/", EncodedPath.of(decodedOnly(base, "http://127.0.0.1:8080/shop/api/")));
        assertEquals("", EncodedPath.of(decodedOnly(base, "http://127.0.0.1:8080/shop/api")));
        assertEquals("/items", EncodedPath.of(decodedOnly("http://127.0.0.1:8080/", "http://127.0.0.1:8080/items")));
    }
}
