#!/usr/bin/env bash
# The publication run of issue 6, in one command: builds the benchmarks from this checkout, runs every JMH
# benchmark (with the gc profiler for B/op), the processor-cost measurement, the end-to-end load and the
# end-to-end server CPU time per request (issue 11), writes the raw output to cors-benchmarks/results/ and
# regenerates the result tables of docs/performance.md.
#
#   cors-benchmarks/publish.sh                  # the full run: about 30 minutes on 2 cores
#   PASSES=1 JMH_OPTS="-wi 2 -i 2" cors-benchmarks/publish.sh   # shorter (any JMH option; the last wins)
#   LOAD_ARGS="3 5 16" COST_ARGS="5 100 1000" CPU_ARGS="5 100000 16" cors-benchmarks/publish.sh
#
# The JMH suite runs PASSES times (default 3), one fork per benchmark each time, and the report takes the
# median of the passes per row: a load spike from another process then hits a row in one pass, not the
# table. Run it on a quiet machine all the same (results/machine.txt records the load average).
set -euo pipefail
cd "$(dirname "$0")/.."

RESULTS=cors-benchmarks/results
JAR=cors-benchmarks/target/benchmarks.jar
JMH_OPTS=${JMH_OPTS:-}
PASSES=${PASSES:-3}
LOAD_ARGS=${LOAD_ARGS:-5 8 16}
COST_ARGS=${COST_ARGS:-7 100 1000}
CPU_ARGS=${CPU_ARGS:-15 100000 16 NONE,NOOP_FILTER,HEADER_FLOOR,CORSGEN}

# wrk (Debian's package) drives the end-to-end load
if ! command -v wrk >/dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

mvn -B -q package -pl cors-benchmarks -am -DskipTests
mkdir -p "$RESULTS"

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
{
  echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "$(java -version 2>&1 | sed -n 2p)"
  echo "load average before: $(loadavg)"
} > "$RESULTS/machine.txt"

rm -f "$RESULTS"/jmh-*.csv "$RESULTS"/jmh-*.txt
for pass in $(seq 1 "$PASSES"); do
  # shellcheck disable=SC2086 # JMH_OPTS is a list of options
  java -jar "$JAR" -prof gc -f 1 -wi 4 -i 3 -rf csv -rff "$RESULTS/jmh-$pass.csv" $JMH_OPTS | tee "$RESULTS/jmh-$pass.txt"
  echo "load average after JMH pass $pass: $(loadavg)" >> "$RESULTS/machine.txt"
done
# shellcheck disable=SC2086
java -cp "$JAR" org.corsgen.benchmarks.scale.ProcessorCost $COST_ARGS | tee "$RESULTS/processor-cost.txt"
# shellcheck disable=SC2086
java -cp "$JAR" org.corsgen.benchmarks.load.LoadRun $LOAD_ARGS | tee "$RESULTS/load.txt"
# shellcheck disable=SC2086
java -cp "$JAR" org.corsgen.benchmarks.load.CpuRun $CPU_ARGS | tee "$RESULTS/load-cpu.txt"

echo "load average after: $(loadavg)" >> "$RESULTS/machine.txt"
java -cp "$JAR" org.corsgen.benchmarks.report.Report "$RESULTS" docs/performance.md > /dev/null
echo "written: $RESULTS/summary.md and the result tables of docs/performance.md"
