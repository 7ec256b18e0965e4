#!/usr/bin/env bash
# One command to install what is missing, check formatting, build Slotwise (debug), run clang-tidy and
# every test, then the same tests built with AddressSanitizer + UndefinedBehaviorSanitizer (the `asan`
# preset). SLOTWISE_ASAN=0 skips the sanitizer pass for a quicker local run; CI (.ci/run) always runs both.
# Headless: tests use QT_QPA_PLATFORM=offscreen. Fails on any failed test or sanitizer report.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --test
# Formatting first: a second or two, and it fails the run before any build time is spent.
./scripts/check-format.sh
export QT_QPA_PLATFORM=offscreen
cmake --preset debug >/dev/null
cmake --build --preset debug
# clang-tidy with the kept checks of .clang-tidy over app/ ui/ services/ models/; needs the debug build's
# compile_commands.json and generated moc sources. A few minutes on 2 cores (see .clang-tidy).
./scripts/check-tidy.sh
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
# The event-JSON and batch-response parsers and the calendar file import under libFuzzer (clang, ASan+UBSan), briefly: any crash fails.
mkdir -p build
if ./scripts/fuzz-sync.sh "${SLOTWISE_FUZZ_SECONDS:-15}" > build/fuzz.log 2>&1; then
  grep -E '^(==|Done)' build/fuzz.log
else
  tail -n 60 build/fuzz.log
  echo "fuzzing found a failing input; see build/fuzz.log" >&2
  exit 1
fi
