#!/usr/bin/env bash
# Builds the fuzz targets (sync parsers, calendar file import) with clang + libFuzzer (ASan/UBSan) and
# runs each briefly.
# Usage: scripts/fuzz-sync.sh [seconds-per-target]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
build=build/fuzz
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer"
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSLOTWISE_BUILD_FUZZ=ON -DSLOTWISE_BUILD_BENCH=OFF -DCMAKE_CXX_COMPILER_LAUNCHER= \
  -DCMAKE_CXX_FLAGS="$flags" >/dev/null
targets=(fuzz_event_json fuzz_batch_response fuzz_ics_import)
cmake --build "$build" --target "${targets[@]}" -j"${JOBS:-2}"
status=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  seeds=("tests/data/fuzz/${target#fuzz_}")
  # The import also starts from the test fixtures (other programs' files and broken ones).
  [[ $target == fuzz_ics_import ]] && seeds+=(tests/data/ics)
  echo "== $target for ${seconds}s (seeds: ${seeds[*]})"
  if ! ASAN_OPTIONS=detect_leaks=0 "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len=65536 \
       -artifact_prefix="$build/$target-" "$corpus" "${seeds[@]}"; then
    echo "$target found a failing input (see $build/$target-*)" >&2
    status=1
  fi
done
exit $status
