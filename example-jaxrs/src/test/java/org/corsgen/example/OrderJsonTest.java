package org.corsgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.corsgen.testsupport.Http;

/**
 * The example's orders answer valid JSON whatever a page sent: the demo page sends {@code "latte"} (a JSON
 * string), a hand-written request anything.
 */
class OrderJsonTest {

    static ExampleServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = ExampleServer.start(0, -1);
        http = new Http(server.apiBase());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            send("PUT", "orders/1", "\"coffee\"");
            server.close();
        }
    }

    static HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.sendWithBody(method, path, body, "Content-Type", "application/json");
    }

    @Test
    void whatTheDemoPageSendsComesBackAsTheItem() throws Exception {
        assertEquals(204, send("PUT", "orders/1", "\"latte\"").statusCode());
        assertEquals("{\"id\":1,\"item\":\"latte\"}", send("GET", "orders/1", null).body());
        assertEquals(204, send("PATCH", "orders/1", "\"mocha\"").statusCode());
        assertEquals("{\"id\":1,\"item\":\"mocha\"}", send("GET", "orders/1", null).body());
        assertTrue(send("GET", "orders", null).body().startsWith("[{\"id\":1,\"item\":\"mocha\"}"));
    }

    @Test
    void anythingElseIsEscaped() throws Exception {
        assertEquals(204, send("PUT", "orders/1", " he said \"hi\"\\\n").statusCode());
        assertEquals("{\"id\":1,\"item\":\"he said \\\"hi\\\"\\\\\"}", send("GET", "orders/1", null).body(),
                "stripped of surrounding white space, quotes and backslashes escaped");
        assertEquals(204, send("PUT", "orders/1", "\"a\\\"b\"").statusCode());
        assertEquals("{\"id\":1,\"item\":\"\\\"a\\\\\\\"b\\\"\"}", send("GET", "orders/1", null).body(),
                "a JSON string with escapes is kept whole, and escaped");
        assertEquals(204, send("PUT", "orders/1", "x\ty\u0001").statusCode());
        assertEquals("{\"id\":1,\"item\":\"x\\ty\\u0001\"}", send("GET", "orders/1", null).body());
    }
}
