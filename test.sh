#!/usr/bin/env bash
# Runs every test of the project, as CI does (.ci/run runs this script and nothing else).
# Anything the tests need that Maven cannot fetch is installed first, only when it is missing.
set -euo pipefail
cd "$(dirname "$0")"

# 1. what the tests need
# Headless Chromium for the browser tests (cors-tests-browser): Debian's chromium and chromium-driver,
# whose /usr/bin/chromedriver Selenium drives. Installed only when missing; a missing browser fails them.
if [ ! -x /usr/bin/chromedriver ] || { [ ! -x /usr/lib/chromium/chromium ] && [ ! -x /usr/bin/chromium ]; }; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

# 2. the Maven build: runtime unit tests, processor compile tests, HTTP tests on real servers,
#    browser tests in headless Chromium
mvn -B verify

# 3. builds Maven cannot run for itself (nothing yet)
