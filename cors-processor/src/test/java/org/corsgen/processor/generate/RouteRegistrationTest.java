package org.corsgen.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How the route table text is cut into text blocks and escaped (loaded end to end in GenerationTest). */
class RouteRegistrationTest {

    @Test
    void partsStayBelowTheLimitAndKeepEveryLineInOrder() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            lines.add("method r" + i + " GET P0 \"" + "x".repeat(300) + (i % 7 == 0 ? "\u00fc\u20ac" : "") + "\"");
        }
        lines.add("root big " + "y".repeat(RouteRegistration.PART_BYTES)); // longer than a part: a part of its own
        lines.add("root after 0");
        List<List<String>> parts = RouteRegistration.parts(lines);
        assertTrue(parts.size() > 2, "several parts: " + parts.size());
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            String value = String.join("\n", part) + "\n";
            int bytes = value.getBytes(StandardCharsets.UTF_8).length; // = modified UTF-8 here (no NUL)
            assertTrue(bytes <= RouteRegistration.PART_BYTES || part.size() == 1, "part of " + bytes + " bytes");
            all.addAll(part);
        }
        assertEquals(lines, all);
        assertEquals(List.of(lines.get(400)), parts.get(parts.size() - 2));
    }

    @Test
    void anEmptyTableIsOneEmptyPart() {
        assertEquals(List.of(List.of()), RouteRegistration.parts(List.of()));
        assertEquals("\"\"\"\n\"\"\"", block(List.of()));
    }

    @Test
    void textBlocksEscapeWhatJavaWouldReadOtherwise() {
        assertEquals("\"\"\"\nnode 0 -\nmethod \"\" GET P0 \"GET /a\"\n\"\"\"",
                block(List.of("node 0 -", "method \"\" GET P0 \"GET /a\"")));
        assertEquals("\"\"\"\na\\\\b\\tc\\nd\\000e\\s\n\"\"\"",
                block(List.of("a\\b\tc\nd\0e ")));
        assertEquals("\"\"\"\n\"\"\\\"\"\"\\\"\n\"\"\"", block(List.of("\"\"\"\"\"\"")));
    }

    /** @return the text block's source, without the indentation JavaPoet gives it */
    private static String block(List<String> lines) {
        return RouteRegistration.textBlock(lines).toString().replaceAll("\n +", "\n");
    }
}
