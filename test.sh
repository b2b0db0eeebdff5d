#!/usr/bin/env bash
# Runs every test of the project, as CI does (.ci/run runs this script and nothing else).
# Anything the tests need that Maven cannot fetch is installed first, only when it is missing.
set -euo pipefail
cd "$(dirname "$0")"

# 1. what the tests need (nothing yet)

# 2. the Maven build: runtime unit tests, processor compile tests, HTTP tests on real servers
mvn -B verify

# 3. builds Maven cannot run for itself (nothing yet)
