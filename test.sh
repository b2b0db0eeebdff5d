#!/usr/bin/env bash
# Runs every test of the project, as CI does (.ci/run runs this script and nothing else).
# Anything the tests need that Maven cannot fetch is installed first, only when it is missing.
set -euo pipefail
cd "$(dirname "$0")"

started=$(date +%s)
step="setting up"
# the last line says whether everything passed, and if not, which step failed
trap 'status=$?; if [ $status -eq 0 ]; then echo "test.sh: everything passed in $(( $(date +%s) - started )) s"; else echo "test.sh: FAILED in step: $step (exit $status)"; fi' EXIT

JDK25="${CORSGEN_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# 1. what the tests need (installed only when missing)
#    Headless Chromium for the browser tests (cors-tests-browser): Debian's chromium and chromium-driver,
#    whose /usr/bin/chromedriver Selenium drives; a missing browser fails them.
#    Debian's gradle (4.4.1) for the Gradle build of example-gradle (3a).
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
#    JDK 25 for 3b: a missing JDK is a failure, never a skipped step
if [ ! -x "$JDK25/bin/java" ]; then
  echo "JDK 25 not found at $JDK25 (set CORSGEN_JDK25 to its home)" >&2
  exit 1
fi

# 2. the Maven build: runtime unit tests, processor compile tests, HTTP tests on real servers
#    (the example on Jersey; the conformance suite on Jersey 3.1/4.0 and RESTEasy 6.2/7.0),
#    browser tests in headless Chromium
step="the Maven build (mvn -B verify)"
mvn -B verify

# 3. builds Maven cannot run for itself
# 3a. Gradle 4.4.1 builds example-gradle (processor on options.annotationProcessorPath) against the
#     corsgen artifacts of step 2, installed to a local Maven repository of its own, and runs its smoke
#     check (the generated filter exists and answers CORS requests on Jersey)
step="the Gradle build of example-gradle"
version="$(sed -n 's/^corsgenVersion=//p' example-gradle/gradle.properties)"
repo="$PWD/target/gradle-m2"
rm -rf "$repo"
mvn -B -q -N install:install-file -Dfile=pom.xml -DpomFile=pom.xml -DlocalRepositoryPath="$repo"
for module in cors-annotations cors-runtime cors-processor; do
  mvn -B -q -N install:install-file -Dfile="$module/target/$module-$version.jar" -DpomFile="$module/pom.xml" \
    -DlocalRepositoryPath="$repo"
done
(cd example-gradle && gradle --no-daemon -q -Dmaven.repo.local="$repo" clean check)

# 3b. JDK 25 (javac 23+ runs no processor that is only on the class path): the processor's tests, and the
#     conformance suite on Jersey 3.1 with the conformance modules compiled by JDK 25's javac, processor
#     on the processor path (clean, so that nothing compiled in step 2 is reused)
step="the JDK 25 run"
JAVA_HOME="$JDK25" mvn -B clean verify -pl cors-processor,cors-tests/jersey31 -am -Dcorsgen.conformance.java=25
