package org.corsgen.hardening.http;

import static org.corsgen.testsupport.CorsHeaders.ACAC;
import static org.corsgen.testsupport.CorsHeaders.ACAH;
import static org.corsgen.testsupport.CorsHeaders.ACAO;
import static org.corsgen.testsupport.CorsHeaders.ACEH;
import static org.corsgen.testsupport.CorsHeaders.ACRH;
import static org.corsgen.testsupport.CorsHeaders.ACRM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.Test;

import org.corsgen.testsupport.CorsHeaders;
import org.corsgen.testsupport.RawHttp;

/**
 * Concurrent soak on loopback: N client threads (system property {@code hardening.soak.threads}, at least 8)
 * for a bounded time ({@code hardening.soak.seconds}, 30 in CI) send a mix of actual requests and preflights
 * with allowed exact origins, pattern origins unique to each request, disallowed origins, and requested header
 * names unique to each request. Every answer is checked against its own request: the
 * {@code Access-Control-Allow-Origin} is that request's {@code Origin} or absent, as the policy says, and an
 * echoed {@code Access-Control-Allow-Headers} lists that request's names. Shared mutable state anywhere in the
 * filter would show as another request's value. Any wrong answer, 5xx or failed exchange is an error; there
 * must be none.
 */
class ConcurrentSoakHttpTest {

    private static final String[] SEVERAL = {"https://app.example.com", "http://localhost:3000", "http://[::1]:8080",
        "https://xn--bcher-kva.example", "http://127.0.0.1:9000"};

    private final LongAdder requests = new LongAdder();
    private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
    private final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong ids = new AtomicLong();

    @Test
    void everyAnswerBelongsToItsOwnRequest() throws Exception {
        int threads = Math.max(8, Integer.getInteger("hardening.soak.threads", 8));
        int seconds = Integer.getInteger("hardening.soak.seconds", 30);
        assertTrue(seconds > 0 && seconds <= 3600, "hardening.soak.seconds must be 1..3600");
        try (HardeningServer server = HardeningServer.start()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            try {
                for (int t = 0; t < threads; t++) {
                    Wire wire = new Wire(server.port());
                    futures.add(pool.submit(() -> {
                        while (System.nanoTime() < deadline && errors.size() < 50) {
                            oneExchange(wire);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get(seconds + 120L, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
                assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS), "client threads did not stop");
            }
            System.out.printf(Locale.ROOT, "soak: %d client threads, %d s, %d requests served (%.0f/s), %d errors;"
                    + " by kind: %s%n", threads, seconds, requests.sum(), requests.sum() / (double) seconds, errors.size(),
                    byKind);
            assertEquals(List.of(), errors.subList(0, Math.min(errors.size(), 10)), errors.size() + " errors");
            assertTrue(requests.sum() >= 50L * threads, "only " + requests.sum() + " requests");
        }
    }

    private void oneExchange(Wire wire) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long id = ids.incrementAndGet();
        String kind = switch (r.nextInt(8)) {
            case 0 -> "echo-get-exact";
            case 1 -> "echo-get-pattern";
            case 2 -> "echo-get-refused";
            case 3 -> "echo-preflight-pattern";
            case 4 -> "echo-preflight-refused";
            case 5 -> "patterns-get-localhost";
            case 6 -> "several-preflight";
            default -> "any-get";
        };
        try {
            check(wire, kind, id, r);
            requests.increment();
            byKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
        } catch (AssertionError | Exception e) {
            errors.add(kind + " #" + id + ": " + e);
        }
    }

    private static void check(Wire wire, String kind, long id, ThreadLocalRandom r) throws Exception {
        String path = "/api/echo/" + id;
        switch (kind) {
            case "echo-get-exact", "echo-get-pattern" -> {
                String origin = kind.equals("echo-get-exact") ? "https://app.example.com"
                        : "https://t" + id + "-" + r.nextInt(1_000_000) + ".tenant.example";
                RawHttp.Answer a = wire.send(r.nextBoolean() ? "GET" : "PUT", path, "Origin", origin);
                assertEquals(200, a.status(), a::toString);
                assertEquals(Long.toString(id), a.one("X-Id"), () -> "the resource answered another request: " + a);
                assertEquals(origin, a.one(ACAO), () -> "ACAO of another request: " + a);
                assertEquals("true", a.one(ACAC), a::toString);
                assertEquals("X-Id", a.one(ACEH), a::toString);
                assertTrue(CorsHeaders.lowerTokens(a, "Vary").contains("origin"), a::toString);
            }
            case "echo-get-refused" -> {
                String origin = "https://t" + id + ".tenant.example.evil" + r.nextInt(1000) + ".com";
                RawHttp.Answer a = wire.send("GET", path, "Origin", origin);
                assertEquals(200, a.status(), a::toString);
                assertEquals(Long.toString(id), a.one("X-Id"), a::toString);
                CorsHeaders.assertNoCorsHeaders(a, "refused origin");
                Answers.assertNotReflected(a, origin, null, "refused origin");
                assertTrue(CorsHeaders.lowerTokens(a, "Vary").contains("origin"), a::toString);
            }
            case "echo-preflight-pattern" -> {
                String origin = "https://p" + id + ".tenant.example";
                String names = "X-Req-" + id + ", content-type ,x-" + Long.toString(id, 36) + "-" + r.nextInt(1000);
                RawHttp.Answer a = wire.send("OPTIONS", path, "Origin", origin, ACRM, r.nextBoolean() ? "PUT" : "GET",
                        ACRH, names);
                assertEquals(204, a.status(), a::toString);
                assertEquals(origin, a.one(ACAO), () -> "ACAO of another request: " + a);
                assertEquals(names.toLowerCase(Locale.ROOT).replace(" ", ""), a.one(ACAH),
                        () -> "ACAH of another request: " + a);
                assertEquals("true", a.one(ACAC), a::toString);
            }
            case "echo-preflight-refused" -> {
                String origin = "https://p" + id + ".tenant.example.com";
                RawHttp.Answer a = wire.send("OPTIONS", path, "Origin", origin, ACRM, "PUT", ACRH, "x-" + id);
                assertEquals(403, a.status(), a::toString);
                CorsHeaders.assertNoCorsHeaders(a, "refused preflight");
                Answers.assertNotReflected(a, origin, null, "refused preflight");
            }
            case "patterns-get-localhost" -> {
                String origin = "http://localhost:" + (1024 + r.nextInt(60_000));
                RawHttp.Answer a = wire.send("GET", "/api/patterns", "Origin", origin);
                assertEquals(200, a.status(), a::toString);
                assertEquals(origin, a.one(ACAO), () -> "ACAO of another request: " + a);
            }
            case "several-preflight" -> {
                String origin = SEVERAL[r.nextInt(SEVERAL.length)];
                RawHttp.Answer a = wire.send("OPTIONS", "/api/several", "Origin", origin, ACRM, "PUT");
                assertEquals(204, a.status(), a::toString);
                assertEquals(origin, a.one(ACAO), () -> "ACAO of another request: " + a);
            }
            default -> {
                RawHttp.Answer a = wire.send("GET", "/api/any", "Origin", "https://o" + id + ".example.org");
                assertEquals(200, a.status(), a::toString);
                assertEquals("*", a.one(ACAO), a::toString);
                assertTrue(!CorsHeaders.lowerTokens(a, "Vary").contains("origin"), a::toString);
            }
        }
    }
}
