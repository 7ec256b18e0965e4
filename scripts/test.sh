#!/usr/bin/env bash
# One command to install what is missing, build Slotwise (debug) and run every test.
# Headless: tests use QT_QPA_PLATFORM=offscreen. Fails on any failed test.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --test
export QT_QPA_PLATFORM=offscreen
cmake --preset debug >/dev/null
cmake --build --preset debug
ctest --preset debug --output-on-failure --timeout 600
# The .deb as a user gets it: release build (reused in build/package), cpack, apt install, installed
# programs run. About 45 s from scratch on 2 cores, a few seconds when nothing changed.
./scripts/package.sh
./scripts/check-package.sh
