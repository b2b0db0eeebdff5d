package org.corsgen.benchmarks.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What corsgen's processor adds to javac: the wall time of compiling {@code N} generated resource classes
 * ({@link GeneratedApp}) with {@code -proc:none}, with a processor that does nothing ({@link IdleProcessor})
 * and with corsgen's processor, rotated in one warm JVM. Prints one line per size.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.corsgen.benchmarks.scale.ProcessorCost [rounds] [sizes...]}
 * (default: 7 rounds, sizes 100 and 1000).
 */
public final class ProcessorCost {

    private ProcessorCost() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int[] sizes = args.length > 1
                ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {100, 1000};
        Path work = Files.createTempDirectory("corsgen-proc-cost");
        GeneratedApp.Mode[] modes = GeneratedApp.Mode.values();
        try {
            System.out.println("# javac wall time, in this JVM (javax.tools), " + rounds + " rounds after 2 warm-up"
                    + " rounds, the three modes in rotating order; ms, median and fastest round (other processes only"
                    + " ever add time, so the fastest rounds are the closest to the cost itself)");
            System.out.println("# none = -proc:none; idle = a processor that does nothing (javac's own processing);"
                    + " corsgen = the processor");
            System.out.println("resources\tmedian_none\tmedian_idle\tmedian_corsgen\tfastest_none\tfastest_idle"
                    + "\tfastest_corsgen\tadded_vs_none_pct\tadded_vs_idle_pct");
            for (int n : sizes) {
                String pkg = GeneratedApp.packageName(n, 2);
                List<Path> sources = GeneratedApp.writeSources(Files.createDirectories(work.resolve("src" + n)), n, 2);
                Map<GeneratedApp.Mode, List<Long>> times = new EnumMap<>(GeneratedApp.Mode.class);
                for (GeneratedApp.Mode m : modes) {
                    times.put(m, new ArrayList<>());
                }
                for (int r = -2; r < rounds; r++) {
                    for (int k = 0; k < modes.length; k++) {
                        GeneratedApp.Mode m = modes[Math.floorMod(k + r, modes.length)]; // rotate who goes first
                        long t = time(sources, work.resolve("out"), m, pkg);
                        if (r >= 0) {
                            times.get(m).add(t);
                        }
                    }
                }
                double none = fastest(times.get(GeneratedApp.Mode.NONE));
                double idle = fastest(times.get(GeneratedApp.Mode.IDLE));
                double corsgen = fastest(times.get(GeneratedApp.Mode.CORSGEN));
                System.out.printf(Locale.ROOT, "%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f%n", n,
                        median(times.get(GeneratedApp.Mode.NONE)) / 1e6, median(times.get(GeneratedApp.Mode.IDLE)) / 1e6,
                        median(times.get(GeneratedApp.Mode.CORSGEN)) / 1e6, none / 1e6, idle / 1e6, corsgen / 1e6,
                        (corsgen / none - 1) * 100, (corsgen / idle - 1) * 100);
            }
        } finally {
            GeneratedApp.deleteTree(work);
        }
    }

    private static long time(List<Path> sources, Path out, GeneratedApp.Mode mode, String pkg) throws IOException {
        GeneratedApp.deleteTree(out);
        long start = System.nanoTime();
        GeneratedApp.compile(sources, out, mode, pkg);
        return System.nanoTime() - start;
    }

    private static double fastest(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static double median(List<Long> values) {
        long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }
}
