#!/usr/bin/env bash
# corsgen's JAX-RS rows before and after a change, in the same run conditions: two benchmark jars (each
# built from its own checkout with `mvn -B -q package -pl cors-benchmarks -am -DskipTests`), the same JMH
# options, run back to back and interleaved pass by pass (before, after, before, after, ...), so that a
# change of the machine's load hits both sides alike. Writes each run's raw JMH output and CSV to OUT and
# the load average around every run to OUT/load.txt; prints a before/after table of the median pass.
#
#   cors-benchmarks/before-after.sh BEFORE.jar AFTER.jar OUT [PASSES]
#   PATTERN='JaxRsBenchmark.corsgen$' JMH_OPTS='-f 1 -wi 2 -i 2' cors-benchmarks/before-after.sh ...
#
# Defaults: 3 passes; the corsgen and header-floor rows of every scenario and the route lookup of the
# breakdown; JMH options -f 1 -wi 4 -i 3 -prof gc (those of publish.sh), the last given option winning.
set -euo pipefail
BEFORE=$1
AFTER=$2
OUT=$3
PASSES=${4:-3}
PATTERN=${PATTERN:-'JaxRs(CorsgenOnly)?Benchmark\.(corsgen|headerFloor)$|BreakdownBenchmark\.routeLookup$'}
JMH_OPTS=${JMH_OPTS:-}
mkdir -p "$OUT"
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
{
  echo "before: $BEFORE"
  echo "after: $AFTER"
  echo "pattern: $PATTERN; options: -f 1 -wi 4 -i 3 -prof gc $JMH_OPTS"
  echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores; $(java -version 2>&1 | sed -n 2p)"
} > "$OUT/load.txt"
for pass in $(seq 1 "$PASSES"); do
  for side in before after; do
    jar=$BEFORE
    [ "$side" = after ] && jar=$AFTER
    echo "pass $pass $side start: load average $(loadavg)" >> "$OUT/load.txt"
    # shellcheck disable=SC2086 # JMH_OPTS is a list of options
    java -jar "$jar" "$PATTERN" -prof gc -f 1 -wi 4 -i 3 -rf csv -rff "$OUT/$side-$pass.csv" $JMH_OPTS \
      > "$OUT/$side-$pass.txt" 2>&1
    echo "pass $pass $side end: load average $(loadavg)" >> "$OUT/load.txt"
  done
done
java -cp "$AFTER" org.corsgen.benchmarks.report.BeforeAfter "$OUT" | tee "$OUT/summary.md"
