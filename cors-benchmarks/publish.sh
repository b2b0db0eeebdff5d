#!/usr/bin/env bash
# The publication run of issue 6, in one command: builds the benchmarks from this checkout, runs every JMH
# benchmark (with the gc profiler for B/op), the processor-cost measurement and the end-to-end load, writes
# the raw output to cors-benchmarks/results/ and regenerates the Performance tables of README.md.
#
#   cors-benchmarks/publish.sh                  # the full run: about 25 minutes on 2 cores
#   JMH_OPTS="-f 1 -wi 2 -i 3" cors-benchmarks/publish.sh   # shorter JMH (any JMH option; the last wins)
#   LOAD_ARGS="3 5 16" COST_ARGS="5 100 1000" cors-benchmarks/publish.sh
#
# Run it on a quiet machine: every figure is a ratio within this one run, but a busy machine widens the
# error bars (the load average before and after is recorded in results/machine.txt).
set -euo pipefail
cd "$(dirname "$0")/.."

RESULTS=cors-benchmarks/results
JAR=cors-benchmarks/target/benchmarks.jar
JMH_OPTS=${JMH_OPTS:-}
LOAD_ARGS=${LOAD_ARGS:-5 8 16}
COST_ARGS=${COST_ARGS:-7 100 1000}

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

# shellcheck disable=SC2086 # JMH_OPTS is a list of options
java -jar "$JAR" -prof gc -rf csv -rff "$RESULTS/jmh.csv" $JMH_OPTS | tee "$RESULTS/jmh.txt"
# shellcheck disable=SC2086
java -cp "$JAR" org.corsgen.benchmarks.scale.ProcessorCost $COST_ARGS | tee "$RESULTS/processor-cost.txt"
# shellcheck disable=SC2086
java -cp "$JAR" org.corsgen.benchmarks.load.LoadRun $LOAD_ARGS | tee "$RESULTS/load.txt"

echo "load average after: $(loadavg)" >> "$RESULTS/machine.txt"
java -cp "$JAR" org.corsgen.benchmarks.report.Report "$RESULTS" README.md > /dev/null
echo "written: $RESULTS/summary.md and the Performance tables of README.md"
