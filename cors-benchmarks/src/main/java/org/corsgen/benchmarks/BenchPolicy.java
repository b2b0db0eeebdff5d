package org.corsgen.benchmarks;

import java.util.List;

/** The one policy of issue 6, as every competitor is configured (and as {@code ItemResource} declares it). */
public final class BenchPolicy {

    public static final String APP = "https://app.example.com";
    public static final String ADMIN = "https://admin.example.com";
    public static final List<String> ORIGINS = List.of(APP, ADMIN);
    public static final boolean CREDENTIALS = true;
    public static final List<String> METHODS = List.of("GET", "PUT");
    public static final List<String> ALLOWED_HEADERS = List.of("Content-Type", "X-Req");
    public static final List<String> EXPOSED_HEADERS = List.of("X-Total");
    public static final int MAX_AGE = 600;

    private BenchPolicy() {
    }
}
