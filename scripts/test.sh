#!/usr/bin/env bash
# One command to install what is missing, build Slotwise (debug) and run every test, then the same tests
# built with AddressSanitizer + UndefinedBehaviorSanitizer (the `asan` preset). SLOTWISE_ASAN=0 skips the
# sanitizer pass for a quicker local run; CI (.ci/run) always runs both.
# Headless: tests use QT_QPA_PLATFORM=offscreen. Fails on any failed test or sanitizer report.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --test
export QT_QPA_PLATFORM=offscreen
cmake --preset debug >/dev/null
cmake --build --preset debug
ctest --preset debug --output-on-failure --timeout 600
if [[ "${SLOTWISE_ASAN:-1}" != "0" ]]; then
  cmake --preset asan >/dev/null
  cmake --build --preset asan
  ctest --preset asan --output-on-failure --timeout 600
fi
# The .deb as a user gets it: release build (reused in build/package), cpack, apt install, installed
# programs run. About 45 s from scratch on 2 cores, a few seconds when nothing changed.
./scripts/package.sh
./scripts/check-package.sh
