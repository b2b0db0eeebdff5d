package org.corsgen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The example's {@code ${EXAMPLE_PAGE_ORIGINS:...}} resolved by the generated filter when real Jersey
 * starts, each case in a JVM of its own ({@link StartupProbe}), since resolution happens once per class
 * initialisation: system property over environment variable over default, and a bad value failing the
 * container's start with a message that names the placeholder, the value, its source and the rule.
 * There is no Guava on this module's class path, so patterns are checked against single-label public
 * suffixes only, as documented.
 */
class StartupTest {

    static final String NAME = "EXAMPLE_PAGE_ORIGINS";
    static final String PLACEHOLDER = "${EXAMPLE_PAGE_ORIGINS:http://localhost:8081,http://127.0.0.1:8081}";

    record Run(int exit, String out) {
    }

    static Run probe(Map<String, String> env, String property, String... origins) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        if (property != null) {
            cmd.add("-D" + NAME + "=" + property);
        }
        cmd.add(StartupProbe.class.getName());
        cmd.addAll(List.of(origins));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove(NAME);
        pb.environment().remove("corsgen.debug");
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the probe did not finish in 60 s:\n" + out.getNow(""));
            }
            return new Run(p.exitValue(), out.get(10, TimeUnit.SECONDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theEnvironmentVariableReplacesTheDefault() {
        Run r = probe(Map.of(NAME, "https://staging.example.com"), null,
                "https://staging.example.com", "http://localhost:8081", "https://app.example.com");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("origin https://staging.example.com -> 200 https://staging.example.com"), r.out());
        assertTrue(r.out().contains("origin http://localhost:8081 -> 200 (no CORS headers)"), r.out());
        assertTrue(r.out().contains("origin https://app.example.com -> 200 https://app.example.com"), r.out());
        // the start-up log line says what was resolved, from where
        assertTrue(r.out().contains("corsgen: org.corsgen.example.api.ApiCorsFilter applies 9 CORS policies on 15"
                + " routes; origins resolved at start-up: " + PLACEHOLDER + " = \"https://staging.example.com\""
                + " (environment variable " + NAME + ") gives [https://staging.example.com]; patterns checked against"
                + " single-label public suffixes only"), r.out());
    }

    @Test
    void theSystemPropertyBeatsTheEnvironmentVariable() {
        Run r = probe(Map.of(NAME, "https://staging.example.com"), "https://qa.example.com,https://*.preview.example.com",
                "https://qa.example.com", "https://pr-7.preview.example.com", "https://staging.example.com");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("origin https://qa.example.com -> 200 https://qa.example.com"), r.out());
        assertTrue(r.out().contains("origin https://pr-7.preview.example.com -> 200 https://pr-7.preview.example.com"),
                r.out());
        assertTrue(r.out().contains("origin https://staging.example.com -> 200 (no CORS headers)"), r.out());
        assertTrue(r.out().contains("(system property " + NAME + ")"), r.out());
    }

    @Test
    void starFailsStartUpBecauseOrdersAllowCredentials() {
        Run r = probe(Map.of(NAME, "*"), null);
        assertFailed(r, "\"*\" (environment variable " + NAME + ") breaks rule origin-wildcard-with-credentials: origin"
                + " \"*\" cannot be combined with credentials = true");
        assertTrue(r.out().contains("breaks rule origin-wildcard-mixed"), r.out());
    }

    @Test
    void aPublicSuffixPatternFailsStartUp() {
        Run r = probe(Map.of(), "https://*.com");
        assertFailed(r, "\"https://*.com\" (system property " + NAME + ") breaks rule origin-public-suffix-pattern: origin"
                + " \"https://*.com\" matches every site under the public suffix \"com\"");
    }

    @Test
    void aTrailingSlashFailsStartUp() {
        Run r = probe(Map.of(NAME, "http://localhost:3000/"), null);
        assertFailed(r, "\"http://localhost:3000/\" (environment variable " + NAME + ") breaks rule origin-trailing-slash:"
                + " origin \"http://localhost:3000/\" has a trailing '/'; browsers send \"http://localhost:3000\"");
    }

    static void assertFailed(Run r, String problem) {
        assertEquals(3, r.exit(), r.out());
        assertFalse(r.out().contains("started"), "nothing may be served:\n" + r.out());
        assertTrue(r.out().contains("org.corsgen.runtime.CorsStartupException: corsgen:"
                + " org.corsgen.example.api.ApiCorsFilter cannot start: "), r.out());
        assertTrue(r.out().contains(PLACEHOLDER + " = " + problem), r.out());
    }
}
