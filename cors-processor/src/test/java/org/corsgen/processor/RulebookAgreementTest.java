package org.corsgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

import com.google.testing.compile.Compilation;

import org.corsgen.runtime.CorsPolicy;
import org.corsgen.runtime.CorsStartup;
import org.corsgen.runtime.CorsStartupException;
import org.corsgen.runtime.origin.OriginProblem;
import org.corsgen.runtime.origin.PlaceholderResolver;
import org.corsgen.runtime.origin.PublicSuffixes;
import org.corsgen.runtime.rules.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compile time and start-up agree: every row of {@code rulebook-table.txt} (a value of {@code origins},
 * {@code methods}, {@code allowedHeaders}, {@code exposedHeaders} or {@code maxAge}, with the attributes it
 * is checked against) gets the same verdict, error or warning or none, with the same rule ids, from
 * <ul>
 *   <li>the processor, on the {@code @CrossOrigin} it is written in;</li>
 *   <li>{@code CorsPolicy.Builder}, which every generated filter and every hand-written policy builds with;</li>
 *   <li>for origins, {@code CorsStartup}, when the same list is the value of a {@code ${...}} placeholder.</li>
 * </ul>
 */
class RulebookAgreementTest {

    /** The processor's own rules, about where an annotation is and what it applies to, not about its values. */
    private static final Set<String> PROCESSOR_ONLY = Set.of("method-not-served", "no-effect", "narrowed-preflight",
            "path-template");
    /** Origin rules about placeholders and about a list without origins, which no row of values can break. */
    private static final Set<OriginProblem.Rule> NOT_ABOUT_A_LITERAL_VALUE = Set.of(OriginProblem.Rule.EMPTY_LIST,
            OriginProblem.Rule.PLACEHOLDER_SYNTAX, OriginProblem.Rule.PLACEHOLDER_IN_VALUE,
            OriginProblem.Rule.UNRESOLVED_PLACEHOLDER);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern DIAGNOSTIC = Pattern.compile("^\\[corsgen:([a-z0-9-]+)\\] ");

    /** One row: {@code attribute = value | others | verdict}. */
    record Row(int index, String attribute, String written, String others, List<String> verdict) {

        List<String> values() {
            List<String> out = new ArrayList<>();
            Matcher m = STRING.matcher(written);
            while (m.find()) {
                out.add(unescape(m.group(1)));
            }
            return out;
        }

        String annotation() {
            StringBuilder b = new StringBuilder("@CrossOrigin(").append(attribute).append(" = ").append(written);
            if (!attribute.equals("origins")) {
                b.append(", origins = \"https://app.example.com\"");
            }
            if (!others.equals("-")) {
                b.append(", ").append(others);
            }
            return b.append(')').toString();
        }

        CorsPolicy.Builder builder() {
            CorsPolicy.Builder b = CorsPolicy.builder().origins("https://app.example.com");
            switch (attribute) {
                case "origins" -> b.origins(values());
                case "methods" -> b.methods(values().toArray(new String[0]));
                case "allowedHeaders" -> b.allowedHeaders(values().toArray(new String[0]));
                case "exposedHeaders" -> b.exposedHeaders(values().toArray(new String[0]));
                case "maxAge" -> b.maxAge(Long.parseLong(written.strip()));
                default -> throw new IllegalArgumentException("attribute " + attribute);
            }
            b.credentials(others.contains("credentials = true"));
            b.privateNetwork(others.contains("privateNetwork = true"));
            return b;
        }

        List<String> errors() {
            return verdict.stream().filter(v -> v.startsWith("error ")).map(v -> v.substring(6)).sorted().toList();
        }

        @Override
        public String toString() {
            return annotation() + " -> " + verdict;
        }
    }

    private static Map<Integer, List<String>> compiled;

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RulebookAgreementTest.class.getResourceAsStream("/rulebook-table.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split(" \\| ");
                int eq = cols[0].indexOf(" = ");
                List<String> verdict = cols[2].strip().equals("ok") ? List.of()
                        : List.of(cols[2].strip().split(", "));
                rows.add(new Row(rows.size(), cols[0].substring(0, eq).strip(), cols[0].substring(eq + 3).strip(),
                        cols[1].strip(), verdict.stream().sorted().toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Compiles every row at once, one resource method a row, and files the diagnostics by row. */
    @BeforeAll
    static void compileTheTable() {
        List<Row> rows = rows();
        List<String> lines = new ArrayList<>();
        lines.add("@Path(\"table\")");
        lines.add("public class Table {");
        for (Row r : rows) {
            lines.add("  @GET @Path(\"r" + r.index() + "\") " + r.annotation() + " public String r" + r.index()
                    + "() { return \"\"; }");
        }
        lines.add("}");
        JavaFileObject source = Compile.source("test.Table", lines.toArray(new String[0]));
        int firstRowLine = 3 + 2 + 1; // package and two imports (Compile.source), @Path, class
        Compilation c = Compile.compile(source);
        compiled = new TreeMap<>();
        for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR && d.getKind() != Diagnostic.Kind.WARNING) {
                continue;
            }
            String message = Compile.message(d);
            Matcher m = DIAGNOSTIC.matcher(message);
            assertTrue(m.find(), () -> "a diagnostic without its rule id: " + message);
            if (PROCESSOR_ONLY.contains(m.group(1))) {
                continue;
            }
            int row = (int) d.getLineNumber() - firstRowLine;
            assertTrue(row >= 0 && row < rows.size(), () -> "not on a row: " + d);
            compiled.computeIfAbsent(row, k -> new ArrayList<>())
                    .add((d.getKind() == Diagnostic.Kind.ERROR ? "error " : "warning ") + m.group(1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theProcessorGivesTheVerdictOfTheTable(Row row) {
        List<String> got = compiled.getOrDefault(row.index(), List.of()).stream().sorted().toList();
        assertEquals(row.verdict(), got, row::annotation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theBuilderGivesTheSameVerdict(Row row) {
        List<String> got = row.builder().problems().stream()
                .map(p -> (p.isError() ? "error " : "warning ") + p.rule()).sorted().toList();
        assertEquals(row.verdict(), got, row::annotation);
        if (row.errors().isEmpty()) {
            assertNotNull(row.builder().build());
        } else {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> row.builder().build());
            for (String rule : row.errors()) {
                assertTrue(e.getMessage().contains("[corsgen:" + rule + "] "), e::getMessage);
            }
        }
    }

    /**
     * Start-up trims the items of a placeholder's comma-separated value and drops empty ones, so rows with
     * spaces or an empty origin are left out.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void startUpGivesTheSameVerdictOnOriginsFromAPlaceholder(Row row) {
        if (!row.attribute().equals("origins")
                || row.values().stream().anyMatch(v -> v.isEmpty() || !v.strip().equals(v))) {
            return;
        }
        String value = String.join(",", row.values());
        Map<String, String> environment = new HashMap<>(Map.of("ROW_ORIGINS", value));
        CorsStartup startup = new CorsStartup("test.TableCorsFilter",
                new PlaceholderResolver(name -> null, environment::get), PublicSuffixes.fromClassPath());
        CorsPolicy policy = startup.resolve(row.builder().origins("${ROW_ORIGINS}"));
        if (row.errors().isEmpty()) {
            assertNotNull(policy, row::annotation);
            startup.finish(policy);
            return;
        }
        assertNull(policy, row::annotation);
        CorsStartupException e = assertThrows(CorsStartupException.class, () -> startup.finish(policy));
        List<String> rules = new ArrayList<>();
        for (String problem : e.problems()) {
            for (OriginProblem.Rule r : OriginProblem.Rule.values()) {
                if (problem.contains(" breaks rule " + r.id() + ": ")) {
                    rules.add(r.id());
                }
            }
        }
        assertEquals(row.errors(), rules.stream().sorted().toList(), e::getMessage);
    }

    @Test
    void theTableHasEveryRuleAboutValues() {
        Set<String> inTable = rows().stream().flatMap(r -> r.verdict().stream())
                .map(v -> v.substring(v.indexOf(' ') + 1)).collect(Collectors.toSet());
        for (org.corsgen.runtime.rules.Rule r : org.corsgen.runtime.rules.Rule.values()) {
            assertTrue(inTable.contains(r.id()), r::id);
        }
        for (OriginProblem.Rule r : OriginProblem.Rule.values()) {
            assertTrue(NOT_ABOUT_A_LITERAL_VALUE.contains(r) || inTable.contains(r.id()), r::id);
        }
        assertEquals(Problem.diagnostic("method-case", "m"), "[corsgen:method-case] m");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
            } else if (s.charAt(i + 1) == 'u') {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                b.append(s.charAt(++i));
            }
        }
        return b.toString();
    }
}
