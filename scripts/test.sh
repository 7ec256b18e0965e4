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
# The event-JSON and batch-response parsers under libFuzzer (clang, ASan+UBSan), briefly: any crash fails.
mkdir -p build
if ./scripts/fuzz-sync.sh "${SLOTWISE_FUZZ_SECONDS:-15}" > build/fuzz.log 2>&1; then
  grep -E '^(==|Done)' build/fuzz.log
else
  tail -n 60 build/fuzz.log
  echo "fuzzing found a failing input; see build/fuzz.log" >&2
  exit 1
fi
