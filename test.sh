#!/usr/bin/env bash
# Runs every test of the project, as CI does (.ci/run runs this script and nothing else), in steps that each run
# what no other step runs: no module's tests run twice (the JDK 25 step is a second toolchain, see 6).
# Anything the tests need that Maven cannot fetch is installed first, only when it is missing.
# Each step prints its time; the last line says whether everything passed, and if not, which step failed.
set -euo pipefail
cd "$(dirname "$0")"

JDK25="${CORSGEN_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# the platforms step's modules (Maven -pl list): the control, then each platform (README, "Platforms")
PLATFORM_MODULES="cors-tests/platforms/embedded,cors-tests/platforms/wildfly,cors-tests/platforms/payara"
PLATFORM_MODULES+=",cors-tests/platforms/quarkus,cors-tests/platforms/spring-boot"
PLATFORM_MODULES+=",cors-tests/platforms/servlet/jersey,cors-tests/platforms/servlet/resteasy"
# Payara Micro 7 needs Java 21+: its test starts it with this JDK
export CORSGEN_JDK25="$JDK25"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

started=$(date +%s)
step="setting up"
step_started=$started
times=()

# start_step NAME: ends the step before (printing its time) and starts NAME
start_step() {
  end_step
  step="$1"
  step_started=$(date +%s)
  echo "test.sh: step: $step"
}
end_step() {
  local took=$(( $(date +%s) - step_started ))
  times+=("$(printf '%5d s  %s' "$took" "$step")")
  # Debian's Maven ends its output with colour resets and no newline: end that line first
  echo
  echo "test.sh: $step took $took s"
}
finish() {
  local status=$?
  trap - EXIT
  if [ $status -eq 0 ]; then
    end_step
    echo "test.sh: time of each step:"
    printf 'test.sh: %s\n' "${times[@]}"
    echo "test.sh: everything passed in $(( $(date +%s) - started )) s"
  else
    if [ ${#times[@]} -gt 0 ]; then
      echo "test.sh: time of each step that passed:"
      printf 'test.sh: %s\n' "${times[@]}"
    fi
    echo
    echo "test.sh: FAILED in step: $step (exit $status, after $(( $(date +%s) - started )) s)"
  fi
  exit $status
}
trap finish EXIT

# 1. what the tests need (installed only when missing)
#    Headless Chromium for the browser tests (cors-tests-browser): Debian's chromium and chromium-driver,
#    whose /usr/bin/chromedriver Selenium drives; a missing browser fails them.
#    Debian's gradle (4.4.1) for the Gradle build of example-gradle (5).
packages=()
if [ ! -x /usr/bin/chromedriver ] || { [ ! -x /usr/lib/chromium/chromium ] && [ ! -x /usr/bin/chromium ]; }; then
  packages+=(chromium chromium-driver)
fi
if ! command -v gradle >/dev/null 2>&1; then
  packages+=(gradle)
fi
if [ ${#packages[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}"
fi
#    JDK 25 for step 6: a missing JDK is a failure, never a skipped step
if [ ! -x "$JDK25/bin/java" ]; then
  echo "JDK 25 not found at $JDK25 (set CORSGEN_JDK25 to its home)" >&2
  exit 1
fi

# 2. the Maven build: every module's tests but the soak's and the JMH smoke's (step 4): runtime unit tests,
#    processor compile tests, HTTP tests on real servers (the example on Jersey; the conformance suite on
#    Jersey 3.1/4.0 and RESTEasy 6.2/7.0; the hardening corpus and fuzz regressions), browser tests in headless
#    Chromium, the benchmarks' answer checks
start_step "the Maven build (mvn -B verify, without the soak and the JMH smoke)"
mvn -B verify -Dhardening.soak.exclude='**/ConcurrentSoakHttpTest.java' -Dbench.smoke.skip=true

# 3. the platforms (cors-tests/platforms, profile platforms): only their own tests; the modules they are built
#    on are compiled again, their tests (run in step 2) are filtered out by -Dtest
start_step "platforms"
mvn -B verify -Pplatforms -pl "$PLATFORM_MODULES" -am -Dtest='org.corsgen.platform.**' \
  -Dsurefire.failIfNoSpecifiedTests=false

# 4. the long runs: the concurrent soak (cors-tests-hardening, 30 s) and the JMH smoke (cors-benchmarks: every
#    benchmark once, in a forked JVM); -Dtest runs the soak and no other test
start_step "the soak and the JMH smoke"
mvn -B verify -pl cors-tests-hardening,cors-benchmarks -am -Dtest=ConcurrentSoakHttpTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.smoke.skip=false

# 5. Gradle 4.4.1 builds example-gradle (processor on options.annotationProcessorPath) against the corsgen
#    artifacts of step 2, installed to a local Maven repository of its own, and runs its smoke check (the
#    generated filter exists and answers CORS requests on Jersey)
start_step "the Gradle build of example-gradle"
version="$(sed -n 's/^corsgenVersion=//p' example-gradle/gradle.properties)"
repo="$PWD/target/gradle-m2"
rm -rf "$repo"
mvn -B -q -N install:install-file -Dfile=pom.xml -DpomFile=pom.xml -DlocalRepositoryPath="$repo"
for module in cors-annotations cors-runtime cors-processor; do
  mvn -B -q -N install:install-file -Dfile="$module/target/$module-$version.jar" -DpomFile="$module/pom.xml" \
    -DlocalRepositoryPath="$repo"
done
(cd example-gradle && gradle --no-daemon -q -Dmaven.repo.local="$repo" clean check)

# 6. JDK 25 (javac 23+ runs no processor that is only on the class path): what only JDK 25 proves. Everything the
#    suite needs is compiled again by JDK 25's javac (clean: nothing of step 2 is reused), the conformance
#    application with the processor on the processor path, and the conformance suite runs on Jersey 3.1 on
#    JVM 25; its tests of generated resources compile them in the test with javac 25 and the processor, so the
#    processor runs under javac 25 there. -Dtest keeps the upstream modules' unit tests (step 2) out. The suite
#    ran on Jersey 3.1 in step 2 too, but on other class files (javac 17's) and another JVM: a second toolchain,
#    not the same test twice.
start_step "the JDK 25 run"
JAVA_HOME="$JDK25" mvn -B clean verify -pl cors-tests/jersey31 -am -Dcorsgen.conformance.java=25 \
  -Dtest='org.corsgen.conformance.**' -Dsurefire.failIfNoSpecifiedTests=false
