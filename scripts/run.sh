#!/usr/bin/env bash
# One command to install what is missing, build Slotwise (release) and start it.
# Extra arguments go to slotwise, e.g. ./scripts/run.sh --data-dir /tmp/demo
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset release >/dev/null
# Only the window and what it links: the tests, benchmarks, slotwise-cli and icons are for ./scripts/test.sh.
cmake --build --preset release --target slotwise
exec ./build/release/app/slotwise "$@"
