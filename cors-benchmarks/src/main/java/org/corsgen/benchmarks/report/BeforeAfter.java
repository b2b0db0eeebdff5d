package org.corsgen.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The table of {@code cors-benchmarks/before-after.sh}: reads {@code before-<pass>.csv} and
 * {@code after-<pass>.csv} (JMH with {@code -prof gc}) from a directory and prints, per benchmark and
 * parameter, the median ns/op of each side over its passes [lowest–highest], after ÷ before (of the medians,
 * and per pass: the runs of one pass are minutes apart), and the median B/op of each side.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.corsgen.benchmarks.report.BeforeAfter <dir>}
 */
public final class BeforeAfter {

    private BeforeAfter() {
    }

    /** Per key: the scores and B/op of each pass, in pass order. */
    private record Side(Map<String, List<Double>> ns, Map<String, List<Double>> bytes) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Side before = read(dir, "before");
        Side after = read(dir, "after");
        StringBuilder md = new StringBuilder();
        md.append("| benchmark | before ns/op | after ns/op | after ÷ before | per pass | before B/op | after B/op |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (String key : after.ns.keySet()) {
            List<Double> b = before.ns.get(key);
            List<Double> a = after.ns.get(key);
            if (b == null) {
                md.append("| ").append(key).append(" | – | ").append(cell(a)).append(" | – | – | – | ")
                        .append(fmt("%.0f", median(after.bytes.getOrDefault(key, List.of())))).append(" |\n");
                continue;
            }
            StringBuilder perPass = new StringBuilder();
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                perPass.append(i == 0 ? "" : ", ").append(fmt("%.2f", a.get(i) / b.get(i)));
            }
            md.append("| ").append(key).append(" | ").append(cell(b)).append(" | ").append(cell(a)).append(" | ")
                    .append(fmt("%.2f", median(a) / median(b))).append("× | ").append(perPass).append(" | ")
                    .append(fmt("%.0f", median(before.bytes.getOrDefault(key, List.of())))).append(" | ")
                    .append(fmt("%.0f", median(after.bytes.getOrDefault(key, List.of())))).append(" |\n");
        }
        System.out.print(md);
    }

    private static Side read(Path dir, String side) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var list = Files.list(dir)) {
            list.filter(f -> f.getFileName().toString().matches(side + "-\\d+\\.csv")).sorted().forEach(files::add);
        }
        Map<String, List<Double>> ns = new TreeMap<>();
        Map<String, List<Double>> bytes = new TreeMap<>();
        for (Path csv : files) {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                List<String> f = Report.split(line);
                if (f.size() < 7) {
                    continue;
                }
                String bench = f.get(0).replace("org.corsgen.benchmarks.", "");
                StringBuilder key = new StringBuilder();
                for (int i = 7; i < f.size(); i++) {
                    if (!f.get(i).isEmpty()) {
                        key.append(key.length() == 0 ? "" : ",").append(f.get(i));
                    }
                }
                String name = bench.contains(":") ? bench.substring(0, bench.indexOf(':')) : bench;
                String k = name + (key.length() == 0 ? "" : " " + key);
                if (bench.endsWith(":gc.alloc.rate.norm")) {
                    bytes.computeIfAbsent(k, x -> new ArrayList<>()).add(Double.parseDouble(f.get(4)));
                } else if (!bench.contains(":")) {
                    ns.computeIfAbsent(k, x -> new ArrayList<>()).add(Double.parseDouble(f.get(4)));
                }
            }
        }
        return new Side(ns, bytes);
    }

    private static String cell(List<Double> v) {
        List<Double> s = v.stream().sorted().toList();
        return fmt("%.1f", median(v)) + " [" + fmt("%.1f", s.get(0)) + "–" + fmt("%.1f", s.get(s.size() - 1)) + "]";
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static String fmt(String format, double v) {
        return Double.isNaN(v) ? "?" : String.format(Locale.ROOT, format, v);
    }
}
