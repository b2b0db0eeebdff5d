package org.corsgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The policy report the processor wrote into this module's class output, compared whole with the reviewed
 * copy in {@code src/test/resources/org/corsgen/example/expected-policy-report.json}: a change of any
 * {@code @CrossOrigin} in the example shows up here, as it would in a code review.
 */
class PolicyReportTest {

    static final String JSON = "META-INF/corsgen/org.corsgen.example.api.Api.json";
    static final String MARKDOWN = "META-INF/corsgen/org.corsgen.example.api.Api.md";

    @Test
    void theJsonReportIsExactlyTheReviewedOne() throws IOException {
        assertEquals(read("org/corsgen/example/expected-policy-report.json"), read(JSON));
    }

    @Test
    void theMarkdownReportRendersTheSameRoutes() throws IOException {
        String md = read(MARKDOWN);
        assertTrue(md.startsWith("# CORS policy report: org.corsgen.example.api.ApiCorsFilter\n"), md);
        assertTrue(md.contains("| `${EXAMPLE_PAGE_ORIGINS:http://localhost:8081,http://127.0.0.1:8081}` | system"
                + " property, then environment variable `EXAMPLE_PAGE_ORIGINS` | http://localhost:8081,"
                + " http://127.0.0.1:8081 | 10 |\n"), md);
        assertTrue(md.contains("| `DELETE /orders/{id: [0-9]+}` | http://localhost:8081 (OrderResource.delete) |"
                + " yes (OrderResource) | GET, PUT, PATCH, DELETE | Content-Type, X-Request-Id |"
                + " X-Total-Count (OrderResource) | 0 (OrderResource.delete) | no |\n"), md);
        assertTrue(md.contains("| `GET /partners/{partner}` | https://\\*.partner.example, http://localhost:\\*"
                + " (PartnerResource) |"), md);
        String json = read(JSON);
        long jsonRoutes = json.lines().filter(l -> l.startsWith("      \"method\": ")).count();
        long mdRoutes = md.lines().filter(l -> l.startsWith("| `") && l.contains(" /")).count();
        assertEquals(15, jsonRoutes);
        assertEquals(jsonRoutes, mdRoutes);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = PolicyReportTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
