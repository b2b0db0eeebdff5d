package org.corsgen.benchmarks.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.ext.RuntimeDelegate;

import org.corsgen.benchmarks.load.LoadRun.Variant;
import org.corsgen.benchmarks.load.LoadRun.WrkRun;
import org.glassfish.grizzly.http.server.HttpServer;

/**
 * End to end, the server's CPU time per request: the applications of {@link LoadRun} (the same Jersey 3.1 +
 * Grizzly application once per variant, in this JVM, on free ports of 127.0.0.1, each checked for its CORS
 * answers first), each sent the same fixed number of requests by {@code wrk} (one thread), variants rotating
 * round by round, for the two mixes of {@code LoadRun} ({@code actual}: GET without Origin, allowed GET,
 * refused GET; {@code all}: the same and the allowed preflight). For every run it reads this JVM's CPU time
 * ({@code OperatingSystemMXBean.getProcessCpuTime()}: every thread of the servers, GC and JIT included) and
 * that of the Grizzly threads alone ({@code ThreadMXBean}), before and after, and divides by the responses
 * wrk counted. Unlike requests/s, CPU time per request does not depend on how much of the 2 cores the
 * client and other processes leave to the server, which is why it can resolve a few per cent where
 * throughput cannot on a shared 2-core machine.
 *
 * <p>Idle servers of the other variants cost nothing measurable (their threads wait in the selector); the
 * JVM's own background work (JIT compilation after the warm-up, GC of the previous run's garbage) falls
 * into whichever run it happens in, so the rounds rotate the order and the result is a median.
 *
 * <p>The request count: wrk's Lua script stops sending at {@code requests} and at that moment writes a file,
 * which this JVM sees through the file system's change notification (nothing polls) and reads the CPU times
 * then; the divisor is the responses wrk counted (up to one request per connection may still be in flight at
 * that moment: 16 in 100,000). wrk itself only returns at the end of its duration, 1.4 times what the
 * slowest variant's rate in the second warm-up pass needs for the count; that idle tail is not measured. A run that reaches its
 * duration first (the machine got slower) is measured to its end and divides by its own count; the
 * {@code min_responses} of the result line show whether any did. The idle servers' CPU per second is
 * printed at the start and after each warm-up.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.corsgen.benchmarks.load.CpuRun [rounds] [requests]
 * [connections] [variants]} (defaults 9 rounds, 200,000 requests per run, 16 connections, every variant;
 * {@code variants} as a comma-separated list, e.g. {@code NONE,CORSGEN}); with
 * {@code -Dcorsgen.load.wrkCpus=1} under {@code taskset -c 0} the client runs on the other core. Bounded:
 * each wrk run lasts at most 120 s; the servers stop at the end. Prints one line per round and two
 * {@code RESULT-CPU} lines per mix (whole JVM, Grizzly threads).
 */
public final class CpuRun {

    /** Warm-up per variant and mix, in seconds of wrk: one pass of this many, then one of half as many. */
    private static final int WARM_UP_SECONDS = 10;
    /**
     * wrk's duration for a measured run, as a multiple of the time the warm-up rate of the slowest variant
     * needs for the request count: wrk stops sending at the count, but only returns at the end of its
     * duration (the CPU time is read when it stops sending, so the idle tail is not measured).
     */
    private static final double DURATION_FACTOR = 1.4;
    /** The longest one measured run may take. */
    private static final int MAX_SECONDS = 120;
    private static final Logger QUIET = Logger.getLogger("org.glassfish");

    private CpuRun() {
    }

    /** CPU time (ns) of the process and of the Grizzly threads at one moment (by thread id). */
    record Snapshot(long process, Map<Long, Long> grizzly) {
        /** @return the CPU time from {@code before} to this moment (a thread new since then counts from zero) */
        Cpu minus(Snapshot before) {
            long threads = 0;
            for (Map.Entry<Long, Long> t : grizzly.entrySet()) {
                threads += t.getValue() - before.grizzly.getOrDefault(t.getKey(), 0L);
            }
            return new Cpu(process - before.process, threads);
        }
    }

    /** CPU time (ns) over one run: the process's and the Grizzly threads'. */
    record Cpu(long process, long grizzly) {
    }

    /** One measured run of one variant. */
    record Run(long requests, Cpu cpu) {
        double processMicrosPerRequest() {
            return cpu.process / 1e3 / requests;
        }

        double grizzlyMicrosPerRequest() {
            return cpu.grizzly / 1e3 / requests;
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        long requests = args.length > 1 ? Long.parseLong(args[1]) : 200_000;
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        List<Variant> variants = new ArrayList<>();
        if (args.length > 3) {
            for (String v : args[3].split(",")) {
                variants.add(Variant.valueOf(v.strip().toUpperCase(Locale.ROOT)));
            }
        } else {
            variants.addAll(List.of(Variant.values()));
        }
        if (!variants.contains(Variant.NONE)) {
            variants.add(0, Variant.NONE); // the reference of every ratio
        }
        // Jersey builds the responses here (RESTEasy's core is on the class path only for its CorsFilter)
        RuntimeDelegate.setInstance(new org.glassfish.jersey.server.internal.RuntimeDelegateImpl());
        QUIET.setLevel(Level.WARNING);

        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (os.getProcessCpuTime() < 0 || !threads.isThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM measures no CPU time");
        }
        threads.setThreadCpuTimeEnabled(true);

        Map<Variant, HttpServer> servers = new LinkedHashMap<>();
        Path script = Files.createTempFile("corsgen-mix", ".lua");
        try {
            Files.writeString(script, LoadRun.luaMix(), StandardCharsets.UTF_8);
            for (Variant v : variants) {
                servers.put(v, LoadRun.start(v));
            }
            for (Map.Entry<Variant, HttpServer> e : servers.entrySet()) {
                LoadRun.check(e.getKey(), LoadRun.port(e.getValue()));
            }
            System.out.println("# " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors()
                    + " processors for this JVM; wrk on CPUs " + System.getProperty(LoadRun.WRK_CPUS, "(any)"));
            Snapshot idleStart = cpu(os, threads);
            Thread.sleep(5_000);
            Cpu idle = cpu(os, threads).minus(idleStart);
            System.out.printf(Locale.ROOT, "# idle servers: %.2f ms of process CPU per second, %.2f ms of Grizzly"
                    + " threads%n", idle.process() / 5e6, idle.grizzly() / 5e6);
            for (String mix : List.of("actual", "all")) {
                measure(mix, script, servers, variants, rounds, requests, connections, os, threads);
            }
        } finally {
            for (HttpServer s : servers.values()) {
                s.shutdownNow();
            }
            Files.deleteIfExists(script);
        }
    }

    private static void measure(String mix, Path script, Map<Variant, HttpServer> servers, List<Variant> variants,
            int rounds, long requests, int connections, com.sun.management.OperatingSystemMXBean os,
            ThreadMXBean threads) throws IOException, InterruptedException {
        double slowest = Double.MAX_VALUE;
        for (int pass = 1; pass <= 2; pass++) {
            // the second pass's rates, with the JIT's work mostly done, set the duration
            int warmSeconds = pass == 1 ? WARM_UP_SECONDS : WARM_UP_SECONDS / 2;
            StringBuilder warmRates = new StringBuilder("# mix=" + mix + " warm-up " + pass + ", requests/s ("
                    + warmSeconds + " s each, in this order):");
            slowest = Double.MAX_VALUE;
            for (Variant v : variants) {
                WrkRun warm = LoadRun.wrk(script, mix, LoadRun.port(servers.get(v)), warmSeconds, connections,
                        Long.MAX_VALUE);
                slowest = Math.min(slowest, warm.rps());
                warmRates.append(String.format(Locale.ROOT, " %s=%.0f", v, warm.rps()));
            }
            System.out.println(warmRates);
        }
        int seconds = (int) Math.min(MAX_SECONDS, Math.ceil(requests / slowest * DURATION_FACTOR) + 1);
        Snapshot idleStart = cpu(os, threads);
        Thread.sleep(3_000);
        Cpu idle = cpu(os, threads).minus(idleStart);
        System.out.printf(Locale.ROOT, "# mix=%s idle after the warm-up: %.2f ms of process CPU per second, %.2f ms"
                + " of Grizzly threads%n", mix, idle.process() / 3e6, idle.grizzly() / 3e6);
        System.out.println("# mix=" + mix + ": wrk -t1 -c" + connections + " -d" + seconds + "s, stopping at "
                + requests + " requests, " + rounds + " rounds after a warm-up of " + (WARM_UP_SECONDS * 3 / 2)
                + " s per variant; per run: server CPU time per response wrk counted, in microseconds, of the whole JVM"
                + " (process) / of the Grizzly threads alone, and the responses; load average " + loadAverage());
        Map<Variant, List<Run>> runs = new EnumMap<>(Variant.class);
        variants.forEach(v -> runs.put(v, new ArrayList<>()));
        for (int r = 0; r < rounds; r++) {
            StringBuilder line = new StringBuilder("mix=" + mix + " round " + (r + 1) + ":");
            for (int k = 0; k < variants.size(); k++) {
                Variant v = variants.get((k + r) % variants.size()); // rotate who goes first
                Snapshot before = cpu(os, threads);
                Snapshot[] atCap = new Snapshot[1];
                WrkRun w = LoadRun.wrk(script, mix, LoadRun.port(servers.get(v)), seconds, connections, requests,
                        () -> atCap[0] = cpu(os, threads));
                Snapshot end = atCap[0] != null ? atCap[0] : cpu(os, threads); // the duration ended first
                Run run = new Run(w.requests(), end.minus(before));
                runs.get(v).add(run);
                line.append(String.format(Locale.ROOT, " %s=%.2f/%.2fus,%d", v,
                        run.processMicrosPerRequest(), run.grizzlyMicrosPerRequest(), run.requests()));
            }
            System.out.println(line);
        }
        System.out.println("# load average after mix=" + mix + ": " + loadAverage());
        result(mix, "process", variants, runs, rounds, Run::processMicrosPerRequest);
        result(mix, "grizzly_threads", variants, runs, rounds, Run::grizzlyMicrosPerRequest);
    }

    /**
     * One {@code RESULT-CPU} line: the median CPU time per request of each variant, each variant's ratio to
     * {@code NONE} (of the medians, and the median of the per-round ratios, a round's runs being minutes
     * apart at most) and the fewest responses a run of each variant got.
     */
    private static void result(String mix, String what, List<Variant> variants, Map<Variant, List<Run>> runs,
            int rounds, java.util.function.ToDoubleFunction<Run> metric) {
        StringBuilder line = new StringBuilder("RESULT-CPU mix=" + mix + " cpu=" + what + " median_us_per_request");
        Map<Variant, Double> medians = new HashMap<>();
        for (Variant v : variants) {
            double m = LoadRun.median(runs.get(v).stream().map(metric::applyAsDouble).toList());
            medians.put(v, m);
            line.append(String.format(Locale.ROOT, " %s=%.3f", key(v), m));
        }
        double none = medians.get(Variant.NONE);
        for (Variant v : variants) {
            if (v == Variant.NONE) {
                continue;
            }
            List<Double> perRound = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                perRound.add(metric.applyAsDouble(runs.get(v).get(r)) / metric.applyAsDouble(runs.get(Variant.NONE).get(r)));
            }
            line.append(String.format(Locale.ROOT, " %s/none=%.3f %s/none_median_of_rounds=%.3f", key(v),
                    medians.get(v) / none, key(v), LoadRun.median(perRound)));
            if (v == Variant.CORSGEN) {
                line.append(" corsgen/none_per_round=").append(LoadRun.fmt(perRound));
            }
        }
        if (what.equals("process")) {
            line.append(" min_responses");
            for (Variant v : variants) {
                line.append(String.format(Locale.ROOT, " %s=%d", key(v),
                        runs.get(v).stream().mapToLong(Run::requests).min().orElse(0)));
            }
        }
        System.out.println(line);
    }

    private static String key(Variant v) {
        return v.name().toLowerCase(Locale.ROOT);
    }

    private static Snapshot cpu(com.sun.management.OperatingSystemMXBean os, ThreadMXBean threads) {
        Map<Long, Long> grizzly = new HashMap<>();
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && t.getThreadName().toLowerCase(Locale.ROOT).contains("grizzly")) {
                long ns = threads.getThreadCpuTime(t.getThreadId());
                if (ns > 0) {
                    grizzly.put(t.getThreadId(), ns);
                }
            }
        }
        return new Snapshot(os.getProcessCpuTime(), grizzly);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "(unknown)";
        }
    }
}
