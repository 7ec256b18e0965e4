#!/usr/bin/env bash
# Builds the release preset and runs the storage/start-up benchmark (figures, not a test).
# Extra arguments go to slotwise-bench-storage, e.g. ./scripts/bench.sh --count 20000
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target slotwise-bench-storage slotwise
exec ./build/release/bench/slotwise-bench-storage "$@"
