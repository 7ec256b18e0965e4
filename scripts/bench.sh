#!/usr/bin/env bash
# Builds the release preset and runs the storage/start-up benchmark, then the calendar file import
# benchmark (figures, not a test). Extra arguments go to slotwise-bench-storage, e.g.
# ./scripts/bench.sh --count 20000
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target slotwise-bench-storage slotwise-bench-ics slotwise
./build/release/bench/slotwise-bench-storage "$@"
echo
exec ./build/release/bench/slotwise-bench-ics
