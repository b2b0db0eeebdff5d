package org.corsgen.benchmarks.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What corsgen's processor adds to javac: the wall time of compiling {@code N} generated resource classes
 * ({@link GeneratedApp}) with {@code -proc:none} and with the processor, alternated in one warm JVM, median
 * of the rounds. Prints one line per size and a summary; exits 0.
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
        try {
            System.out.println("# javac wall time, in this JVM (javax.tools), " + rounds
                    + " rounds after 2 warm-up rounds, alternating; median and fastest round (other processes"
                    + " only ever add time, so the fastest rounds are the closest to the cost itself)");
            System.out.println("resources\tmedian_without_ms\tmedian_with_ms\tmedian_added_pct"
                    + "\tfastest_without_ms\tfastest_with_ms\tfastest_added_pct");
            for (int n : sizes) {
                String pkg = GeneratedApp.packageName(n, 2);
                List<Path> sources = GeneratedApp.writeSources(Files.createDirectories(work.resolve("src" + n)), n, 2);
                List<Long> without = new ArrayList<>();
                List<Long> with = new ArrayList<>();
                for (int r = -2; r < rounds; r++) {
                    // alternate the order, so neither mode always runs right after the other
                    boolean processorFirst = (r & 1) == 0;
                    long a = time(sources, work.resolve("out"), processorFirst, pkg);
                    long b = time(sources, work.resolve("out"), !processorFirst, pkg);
                    if (r >= 0) {
                        (processorFirst ? with : without).add(a);
                        (processorFirst ? without : with).add(b);
                    }
                }
                double w = median(without);
                double p = median(with);
                double fw = without.stream().mapToLong(Long::longValue).min().orElseThrow();
                double fp = with.stream().mapToLong(Long::longValue).min().orElseThrow();
                System.out.printf(Locale.ROOT, "%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f%n", n, w / 1e6, p / 1e6,
                        (p / w - 1) * 100, fw / 1e6, fp / 1e6, (fp / fw - 1) * 100);
            }
        } finally {
            GeneratedApp.deleteTree(work);
        }
    }

    private static long time(List<Path> sources, Path out, boolean withProcessor, String pkg) throws IOException {
        GeneratedApp.deleteTree(out);
        long start = System.nanoTime();
        GeneratedApp.compile(sources, out, withProcessor, pkg);
        return System.nanoTime() - start;
    }

    private static double median(List<Long> values) {
        long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }
}
