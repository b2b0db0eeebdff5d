package org.corsgen.benchmarks.ab;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Before/after of the JAX-RS rows by <em>thread CPU time</em>, both versions in one JVM: each benchmark jar
 * (a shaded {@code benchmarks.jar} of its own checkout) gets a class loader of its own, into which the same
 * {@link AbDriver} is defined, and the two are run in alternating batches of a few milliseconds (ABBA
 * order), each batch timed with {@code ThreadMXBean.getCurrentThreadCpuTime()} and its allocation counted
 * with {@code getCurrentThreadAllocatedBytes()}. Where JMH's wall-clock time counts the moments another
 * process has the core (on a shared 2-core machine, most of the variation), CPU time does not, and batches
 * milliseconds apart see the same machine. It complements {@code before-after.sh}'s JMH passes; it does not
 * replace them: one JVM holds both versions (separate classes, separate JIT profiles, the JDK's shared).
 *
 * <p>Usage: {@code java -cp AFTER.jar org.corsgen.benchmarks.ab.CpuTimeAB BEFORE.jar AFTER.jar [batches]
 * [specs]} (default 400 batches of about 2 ms per side after 3 s of warm-up per side; specs
 * {@code COMPETITOR/SCENARIO,...}, default corsgen and the header floor in the six scenarios). Prints per
 * row the median and the 10th percentile of the batches' ns/op, after ÷ before of both, and B/op.
 */
public final class CpuTimeAB {

    private static final String DRIVER = AbDriver.class.getName();
    private static final List<String> DEFAULT_SPECS = List.of(
            "CORSGEN/NO_ORIGIN", "CORSGEN/ALLOWED_GET", "CORSGEN/DISALLOWED", "CORSGEN/PATTERN_GET",
            "CORSGEN/WIDE_GET", "CORSGEN/PREFLIGHT",
            "HEADER_FLOOR/NO_ORIGIN", "HEADER_FLOOR/ALLOWED_GET", "HEADER_FLOOR/DISALLOWED", "HEADER_FLOOR/PREFLIGHT");

    private CpuTimeAB() {
    }

    /** A jar's own classes, plus {@link AbDriver} defined from this jar's bytes. */
    private static final class VersionLoader extends URLClassLoader {
        private final byte[] driver;

        VersionLoader(Path jar, byte[] driver) throws IOException {
            super(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            this.driver = driver;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.equals(DRIVER)) {
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = findLoadedClass(name);
                    if (c == null) {
                        c = defineClass(name, driver, 0, driver.length);
                    }
                    return c;
                }
            }
            return super.loadClass(name, resolve);
        }
    }

    /** The batches of one side. */
    private static final class Side {
        final IntFunction<?> driver;
        final List<Double> nsPerOp = new ArrayList<>();
        final List<Double> bytesPerOp = new ArrayList<>();

        Side(IntFunction<?> driver) {
            this.driver = driver;
        }
    }

    public static void main(String[] args) throws Exception {
        Path before = Path.of(args[0]);
        Path after = Path.of(args[1]);
        int batches = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        List<String> specs = args.length > 3 ? List.of(args[3].split(",")) : DEFAULT_SPECS;
        byte[] driver;
        try (InputStream in = CpuTimeAB.class.getResourceAsStream("/" + DRIVER.replace('.', '/') + ".class")) {
            driver = in.readAllBytes();
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.println("# thread CPU time per request, before = " + before.getFileName() + ", after = "
                + after.getFileName() + "; " + batches + " batches of about 2 ms per side, ABBA order, after 3 s of"
                + " warm-up per side; " + Runtime.version() + "; load average " + loadAverage());
        System.out.println("row\tbefore_median_ns\tafter_median_ns\tafter/before_median\tbefore_p10_ns\tafter_p10_ns"
                + "\tafter/before_p10\tbefore_B/op\tafter_B/op");
        for (String spec : specs) {
            try (VersionLoader b = new VersionLoader(before, driver); VersionLoader a = new VersionLoader(after, driver)) {
                Side sb = new Side(driverIn(b, spec));
                Side sa = new Side(driverIn(a, spec));
                int ops = opsFor(sb, threads);
                warm(sb, sa, ops, threads);
                for (int i = 0; i < batches; i++) {
                    boolean beforeFirst = (i & 1) == 0 ? (i & 2) == 0 : (i & 2) != 0; // ABBA BAAB ...
                    if (beforeFirst) {
                        batch(sb, ops, threads);
                        batch(sa, ops, threads);
                    } else {
                        batch(sa, ops, threads);
                        batch(sb, ops, threads);
                    }
                }
                double mb = quantile(sb.nsPerOp, 0.5);
                double ma = quantile(sa.nsPerOp, 0.5);
                double pb = quantile(sb.nsPerOp, 0.1);
                double pa = quantile(sa.nsPerOp, 0.1);
                System.out.printf(Locale.ROOT, "%s\t%.1f\t%.1f\t%.3f\t%.1f\t%.1f\t%.3f\t%.0f\t%.0f%n", spec, mb, ma,
                        ma / mb, pb, pa, pa / pb, quantile(sb.bytesPerOp, 0.5), quantile(sa.bytesPerOp, 0.5));
            }
        }
        System.out.println("# load average after: " + loadAverage());
    }

    @SuppressWarnings("unchecked")
    private static IntFunction<?> driverIn(ClassLoader loader, String spec) throws ReflectiveOperationException {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader); // service look-ups (RuntimeDelegate) in that jar
        try {
            return (IntFunction<?>) Class.forName(DRIVER, true, loader).getConstructor(String.class).newInstance(spec);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** @return the number of requests per batch that takes about 2 ms of CPU on the before side */
    private static int opsFor(Side s, com.sun.management.ThreadMXBean threads) {
        int ops = 1_000;
        for (int i = 0; i < 50; i++) {
            s.driver.apply(ops);
        }
        long t0 = threads.getCurrentThreadCpuTime();
        s.driver.apply(ops);
        long ns = Math.max(1, threads.getCurrentThreadCpuTime() - t0);
        return (int) Math.max(100, Math.min(1_000_000, ops * 2_000_000L / ns));
    }

    private static void warm(Side b, Side a, int ops, com.sun.management.ThreadMXBean threads) {
        long end = threads.getCurrentThreadCpuTime() + 6_000_000_000L;
        while (threads.getCurrentThreadCpuTime() < end) {
            b.driver.apply(ops);
            a.driver.apply(ops);
        }
    }

    private static void batch(Side s, int ops, com.sun.management.ThreadMXBean threads) {
        long bytes0 = threads.getCurrentThreadAllocatedBytes();
        long t0 = threads.getCurrentThreadCpuTime();
        s.driver.apply(ops);
        long t1 = threads.getCurrentThreadCpuTime();
        long bytes1 = threads.getCurrentThreadAllocatedBytes();
        s.nsPerOp.add((t1 - t0) / (double) ops);
        s.bytesPerOp.add((bytes1 - bytes0) / (double) ops);
    }

    private static double quantile(List<Double> values, double q) {
        List<Double> s = values.stream().sorted().toList();
        return s.get((int) Math.min(s.size() - 1, Math.floor(q * s.size())));
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
