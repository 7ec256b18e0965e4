#!/usr/bin/env bash
# Builds Slotwise in release (the `package` preset: no tests, no benchmarks) and packs it into a .deb with
# CPack: build/package/slotwise_<version>-1_<arch>.deb. Reuses build/package, so a rebuild is incremental.
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
cmake --preset package >/dev/null
cmake --build --preset package
rm -f build/package/slotwise_*.deb
(cd build/package && cpack -G DEB)
ls build/package/slotwise_*.deb
