package org.corsgen.benchmarks.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.ext.RuntimeDelegate;

import org.corsgen.benchmarks.BenchPolicy;
import org.corsgen.benchmarks.app.AppCorsFeature;
import org.corsgen.benchmarks.app.ItemResource;
import org.corsgen.benchmarks.jaxrs.Competitors;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * End-to-end load: the same Jersey + Grizzly application once per variant in one JVM, on free ports of
 * 127.0.0.1 (no filter; a pre-matching filter that does nothing; the end-to-end header floor; corsgen, its
 * generated feature registered as users do where service loading is off, {@code register(AppCorsFeature.class)},
 * which adds the module to the runtime's one {@code CorsFilter}, into which Jersey injects its
 * {@code ResourceInfo}; RESTEasy's {@code CorsFilter}), each checked for its CORS answers first, then loaded
 * with {@code wrk} (Debian's package) with the same four-request mix (GET without Origin, allowed GET,
 * allowed preflight, GET from a refused origin), variants interleaved round by round. Bounded: every wrk run
 * has a duration and a request cap; the servers stop at the end. {@link CpuRun} measures the same
 * applications by server CPU time per request.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.corsgen.benchmarks.load.LoadRun [rounds] [seconds] [connections]}
 * (default 5 rounds of 8 s, 16 connections, 1 wrk thread), for two mixes (see {@link #measure}). Prints
 * requests/s per run and a {@code RESULT} line per mix with the medians and ratios.
 */
public final class LoadRun {

    private static final int MAX_REQUESTS_PER_RUN = 2_000_000;
    private static final Logger QUIET = Logger.getLogger("org.glassfish");

    private LoadRun() {
    }

    enum Variant {
        /** No filter at all. */
        NONE,
        /** A pre-matching filter that does nothing: Jersey's cost of running such a filter. */
        NOOP_FILTER,
        /** {@link LoadHeaderFloor}: corsgen's headers for this mix, written without any check. */
        HEADER_FLOOR,
        CORSGEN,
        RESTEASY,
        /**
         * Not a product variant: corsgen's engine reading what ran from the request's {@code UriInfo} where it
         * is a {@code ResourceInfo} (Jersey's), a proposed runtime change ({@link UriInfoCorsFilter}).
         */
        CORSGEN_URIINFO;

        /** The variants this class loads: all but the measurement of a proposal. */
        static Variant[] loaded() {
            return new Variant[] {NONE, NOOP_FILTER, HEADER_FLOOR, CORSGEN, RESTEASY};
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        // Jersey builds the responses here (RESTEasy's core is on the class path only for its CorsFilter)
        RuntimeDelegate.setInstance(new org.glassfish.jersey.server.internal.RuntimeDelegateImpl());

        QUIET.setLevel(Level.WARNING); // Grizzly's start/stop lines
        Map<Variant, HttpServer> servers = new LinkedHashMap<>();
        Path script = Files.createTempFile("corsgen-mix", ".lua");
        try {
            Files.writeString(script, luaMix(), StandardCharsets.UTF_8);
            for (Variant v : Variant.loaded()) {
                servers.put(v, start(v));
            }
            for (Map.Entry<Variant, HttpServer> e : servers.entrySet()) {
                check(e.getKey(), port(e.getValue()));
            }
            for (String mix : List.of("all", "actual")) {
                measure(mix, script, servers, rounds, seconds, connections);
            }
        } finally {
            for (HttpServer s : servers.values()) {
                s.shutdownNow();
            }
            Files.deleteIfExists(script);
        }
    }

    /**
     * One request mix, all variants, interleaved round by round. {@code all}: GET without Origin, allowed
     * GET, allowed preflight, refused GET; {@code actual}: the same without the preflight (which corsgen
     * answers before Jersey's resource matching, so it favours corsgen).
     */
    private static void measure(String mix, Path script, Map<Variant, HttpServer> servers, int rounds, int seconds,
            int connections) throws IOException, InterruptedException {
        System.out.println("# mix=" + mix + ": wrk -t1 -c" + connections + " -d" + seconds + "s, " + rounds
                + " rounds after a warm-up run per variant; requests/s");
        for (Variant v : Variant.loaded()) {
            wrk(script, mix, port(servers.get(v)), Math.max(3, seconds / 2), connections); // warm-up
        }
        Map<Variant, List<Double>> rates = new LinkedHashMap<>();
        for (Variant v : Variant.loaded()) {
            rates.put(v, new ArrayList<>());
        }
        Variant[] order = Variant.loaded();
        for (int r = 0; r < rounds; r++) {
            StringBuilder line = new StringBuilder("mix=" + mix + " round " + (r + 1) + ":");
            for (int k = 0; k < order.length; k++) {
                Variant v = order[(k + r) % order.length]; // rotate who goes first
                double rps = wrk(script, mix, port(servers.get(v)), seconds, connections);
                rates.get(v).add(rps);
                line.append(String.format(Locale.ROOT, " %s=%.0f", v, rps));
            }
            System.out.println(line);
        }
        double none = median(rates.get(Variant.NONE));
        double noop = median(rates.get(Variant.NOOP_FILTER));
        double corsgen = median(rates.get(Variant.CORSGEN));
        double resteasy = median(rates.get(Variant.RESTEASY));
        double floor = median(rates.get(Variant.HEADER_FLOOR));
        List<Double> perRound = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            perRound.add(rates.get(Variant.CORSGEN).get(r) / rates.get(Variant.NONE).get(r));
        }
        System.out.printf(Locale.ROOT, "RESULT mix=%s median_rps none=%.0f noop_filter=%.0f corsgen=%.0f resteasy=%.0f"
                + " corsgen/none=%.3f corsgen/noop_filter=%.3f noop_filter/none=%.3f resteasy/none=%.3f"
                + " corsgen/none_per_round=%s header_floor=%.0f header_floor/none=%.3f corsgen/header_floor=%.3f%n",
                mix, none, noop, corsgen, resteasy, corsgen / none, corsgen / noop, noop / none, resteasy / none,
                fmt(perRound), floor, floor / none, corsgen / floor);
    }

    /** Starts the application with the variant's CORS filter (or none) on a free port of 127.0.0.1. */
    static HttpServer start(Variant variant) {
        ResourceConfig config = new ResourceConfig(ItemResource.class);
        // no Feature from META-INF/services: each variant registers exactly its own CORS filter (or none)
        config.property(CommonProperties.JAXRS_SERVICE_LOADING_ENABLE, false);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        switch (variant) {
            case CORSGEN -> config.register(AppCorsFeature.class);
            case RESTEASY -> config.register(Competitors.resteasyFilter());
            case NOOP_FILTER -> config.register(PreMatchingNoOp.class);
            case HEADER_FLOOR -> config.register(LoadHeaderFloor.class);
            case CORSGEN_URIINFO -> config.register(UriInfoCorsFilter.class, 900);
            default -> {
                // no CORS filter
            }
        }
        return GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/api/"), config, true);
    }

    static int port(HttpServer server) {
        return server.getListeners().iterator().next().getPort();
    }

    /** The variant answers as it must, so the load measures the right thing. */
    static void check(Variant variant, int port) throws IOException {
        String get = exchange(port, "GET /api/items/42 HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: " + BenchPolicy.APP
                + "\r\nConnection: close\r\n\r\n");
        String preflight = exchange(port, "OPTIONS /api/items/42 HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: "
                + BenchPolicy.APP + "\r\nAccess-Control-Request-Method: PUT\r\n"
                + "Access-Control-Request-Headers: content-type,x-req\r\nConnection: close\r\n\r\n");
        boolean getAllowed = has(get, "access-control-allow-origin: " + BenchPolicy.APP);
        boolean preflightAllowed = has(preflight, "access-control-allow-methods: get,put");
        boolean ok = get.startsWith("HTTP/1.1 200") && switch (variant) {
            case NONE, NOOP_FILTER -> !getAllowed && !preflightAllowed;
            case CORSGEN, HEADER_FLOOR, CORSGEN_URIINFO -> getAllowed && preflightAllowed
                    && preflight.startsWith("HTTP/1.1 204");
            case RESTEASY -> getAllowed && preflightAllowed;
        };
        if (!ok) {
            throw new IllegalStateException(variant + " does not answer as expected:\n" + get + "\n" + preflight);
        }
        System.out.println("# " + variant + " on port " + port + ": answers checked");
    }

    private static boolean has(String response, String headerLine) {
        return response.toLowerCase(Locale.ROOT).contains("\r\n" + headerLine.toLowerCase(Locale.ROOT) + "\r\n");
    }

    private static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return buf.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

    /**
     * System property: the CPUs wrk runs on ({@code taskset -c} syntax), e.g. {@code 1} while this JVM is
     * started with {@code taskset -c 0}, so that client and servers do not take each other's core.
     */
    static final String WRK_CPUS = "corsgen.load.wrkCpus";

    /** Runs wrk (bounded by its duration and the script's request cap) and returns its requests/s. */
    private static double wrk(Path script, String mix, int port, int seconds, int connections)
            throws IOException, InterruptedException {
        return wrk(script, mix, port, seconds, connections, MAX_REQUESTS_PER_RUN).rps();
    }

    /** What one wrk run reports: requests/s and the number of responses it received. */
    record WrkRun(double rps, long requests) {
    }

    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ");

    /**
     * Runs wrk until it has sent {@code cap} requests or {@code seconds} have passed, whichever comes first.
     *
     * @return its requests/s and the responses it counted
     */
    static WrkRun wrk(Path script, String mix, int port, int seconds, int connections, long cap)
            throws IOException, InterruptedException {
        return wrk(script, mix, port, seconds, connections, cap, null);
    }

    /**
     * Like {@link #wrk(Path, String, int, int, int, long)}; when {@code atCap} is given, it runs the moment
     * wrk stops sending at the cap (its script writes a file then, seen through the file system's change
     * notification, so nothing polls), which is sooner than wrk returns: wrk only returns at the end of its
     * duration. Not run when the duration ends first.
     */
    static WrkRun wrk(Path script, String mix, int port, int seconds, int connections, long cap, Runnable atCap)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        String cpus = System.getProperty(WRK_CPUS);
        if (cpus != null && !cpus.isBlank()) {
            command.addAll(List.of("taskset", "-c", cpus.strip())); // the client on its own core(s)
        }
        Path dir = Files.createTempDirectory("corsgen-wrk");
        Path marker = dir.resolve("cap-reached");
        Path output = dir.resolve("wrk.out");
        command.addAll(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--timeout", "5s",
                "-s", script.toString(), "http://127.0.0.1:" + port, "--", Long.toString(cap), mix,
                atCap == null ? "" : marker.toString()));
        try (WatchService watch = dir.getFileSystem().newWatchService()) {
            dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 60L);
            boolean capped = atCap == null;
            while (!capped && p.isAlive() && System.nanoTime() < deadline) {
                WatchKey key = watch.poll(100, TimeUnit.MILLISECONDS);
                if (key == null) {
                    continue;
                }
                for (WatchEvent<?> e : key.pollEvents()) {
                    if (marker.getFileName().equals(e.context())) {
                        capped = true;
                    }
                }
                key.reset();
                if (capped) {
                    atCap.run();
                }
            }
            if (!p.waitFor(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime())), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("wrk did not stop");
            }
            String out = Files.readString(output, StandardCharsets.UTF_8);
            Matcher m = RPS.matcher(out);
            Matcher n = REQUESTS.matcher(out);
            if (p.exitValue() != 0 || !m.find() || !n.find()) {
                throw new IllegalStateException("wrk failed:\n" + out);
            }
            if (out.contains("Socket errors")) {
                throw new IllegalStateException("wrk saw socket errors:\n" + out);
            }
            return new WrkRun(Double.parseDouble(m.group(1)), Long.parseLong(n.group(1)));
        } finally {
            Files.deleteIfExists(marker);
            Files.deleteIfExists(output);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * The request mix, one request of each kind in turn; stops a thread after the cap given as its first
     * argument (the second is the mix), writing the file named by the third, if any, at that moment.
     */
    static String luaMix() {
        return """
                local reqs = {}
                local count = 0
                local cap = 0
                local marker = nil
                init = function(args)
                  cap = tonumber(args[1]) or 0
                  if args[3] and args[3] ~= "" then marker = args[3] end
                  reqs[1] = wrk.format("GET", "/api/items/42", {})
                  reqs[2] = wrk.format("GET", "/api/items/42", {["Origin"] = "https://app.example.com"})
                  reqs[3] = wrk.format("OPTIONS", "/api/items/42", {["Origin"] = "https://app.example.com",
                    ["Access-Control-Request-Method"] = "PUT", ["Access-Control-Request-Headers"] = "content-type,x-req"})
                  reqs[4] = wrk.format("GET", "/api/items/42", {["Origin"] = "https://evil.example.org"})
                  if args[2] == "actual" then
                    table.remove(reqs, 3)
                  end
                end
                request = function()
                  count = count + 1
                  return reqs[(count % #reqs) + 1]
                end
                response = function(status, headers, body)
                  if cap > 0 and count >= cap then
                    if marker then
                      local f = io.open(marker, "w")
                      if f then f:write(tostring(count)) f:close() end
                      marker = nil
                    end
                    wrk.thread:stop()
                  end
                end
                """;
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String fmt(List<Double> values) {
        StringBuilder sb = new StringBuilder("[");
        for (double d : values) {
            sb.append(sb.length() > 1 ? ", " : "").append(String.format(Locale.ROOT, "%.3f", d));
        }
        return sb.append(']').toString();
    }
}
