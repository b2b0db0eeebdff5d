package org.corsgen.benchmarks.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.processing.Processor;

/**
 * What corsgen's processor adds to javac: the wall time of compiling {@code N} generated resource classes
 * ({@link GeneratedApp}) with {@code -proc:none}, with a processor that does nothing ({@link IdleProcessor}),
 * with one that only writes an empty class in its first round ({@link OneSourceProcessor}) and with
 * corsgen's processor, rotated in one warm JVM. Prints one line per size, and the annotation processing
 * rounds of each mode (counted by a {@link RoundCounter}, in a compilation of its own): the modes differ
 * in rounds, and every round after the first makes javac enter every compilation unit again, so that is
 * most of what the idle and the one-source processors cost.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.corsgen.benchmarks.scale.ProcessorCost [rounds] [sizes...]}
 * (default: 7 rounds, sizes 100 and 1000). The first nine columns are what the README's target line reads.
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
                    + " rounds, the four modes in rotating order; ms, median and fastest round (other processes only"
                    + " ever add time, so the fastest rounds are the closest to the cost itself)");
            System.out.println("# none = -proc:none; idle = a processor that does nothing (javac's own processing);"
                    + " one_source = a processor that only writes an empty class in its first round (the round any"
                    + " generated source brings); corsgen = the processor");
            System.out.println("# javac enters every compilation unit again at the start of every annotation"
                    + " processing round after the first (-XprintRounds lists the rounds); a round after one that"
                    + " wrote a source is one more");
            System.out.println("resources\tmedian_none\tmedian_idle\tmedian_corsgen\tfastest_none\tfastest_idle"
                    + "\tfastest_corsgen\tadded_vs_none_pct\tadded_vs_idle_pct\tidle_vs_none_pct"
                    + "\tmedian_one_source\tfastest_one_source\tone_source_vs_idle_pct");
            List<String> notes = new ArrayList<>();
            for (int n : sizes) {
                String pkg = GeneratedApp.packageName(n, 2);
                List<Path> sources = GeneratedApp.writeSources(Files.createDirectories(work.resolve("src" + n)), n, 2);
                Map<GeneratedApp.Mode, Integer> processingRounds = new EnumMap<>(GeneratedApp.Mode.class);
                for (GeneratedApp.Mode m : modes) {
                    processingRounds.put(m, countRounds(sources, work.resolve("out"), m, pkg));
                }
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
                double oneSource = fastest(times.get(GeneratedApp.Mode.ONE_SOURCE));
                double corsgen = fastest(times.get(GeneratedApp.Mode.CORSGEN));
                System.out.printf(Locale.ROOT, "%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f%n",
                        n, median(times.get(GeneratedApp.Mode.NONE)) / 1e6,
                        median(times.get(GeneratedApp.Mode.IDLE)) / 1e6,
                        median(times.get(GeneratedApp.Mode.CORSGEN)) / 1e6, none / 1e6, idle / 1e6, corsgen / 1e6,
                        pct(corsgen, none), pct(corsgen, idle), pct(idle, none),
                        median(times.get(GeneratedApp.Mode.ONE_SOURCE)) / 1e6, oneSource / 1e6, pct(oneSource, idle));
                notes.add(String.format(Locale.ROOT, "# %d resources: rounds none %d, idle %d, one_source %d,"
                        + " corsgen %d. Fastest rounds, as %% of -proc:none: javac's own processing (idle) %+.1f;"
                        + " the extra round of a generated source (one_source - idle) %+.1f; corsgen's own work and"
                        + " compiling what it generates (corsgen - one_source) %+.1f; corsgen in all %+.1f",
                        n, processingRounds.get(GeneratedApp.Mode.NONE), processingRounds.get(GeneratedApp.Mode.IDLE),
                        processingRounds.get(GeneratedApp.Mode.ONE_SOURCE),
                        processingRounds.get(GeneratedApp.Mode.CORSGEN), pct(idle, none),
                        (oneSource - idle) / none * 100, (corsgen - oneSource) / none * 100, pct(corsgen, none)));
            }
            notes.forEach(System.out::println);
        } finally {
            GeneratedApp.deleteTree(work);
        }
    }

    /** @return the processing rounds of one compilation in {@code mode} (0 for {@code -proc:none}) */
    private static int countRounds(List<Path> sources, Path out, GeneratedApp.Mode mode, String pkg) throws IOException {
        GeneratedApp.deleteTree(out);
        Processor processor = mode.processor();
        if (processor == null) {
            return 0; // -proc:none: javac runs no round
        }
        RoundCounter counter = new RoundCounter(processor);
        GeneratedApp.compile(sources, out, counter, pkg);
        return counter.rounds();
    }

    private static long time(List<Path> sources, Path out, GeneratedApp.Mode mode, String pkg) throws IOException {
        GeneratedApp.deleteTree(out);
        long start = System.nanoTime();
        GeneratedApp.compile(sources, out, mode, pkg);
        return System.nanoTime() - start;
    }

    private static double pct(double a, double b) {
        return (a / b - 1) * 100;
    }

    private static double fastest(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static double median(List<Long> values) {
        long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }
}
