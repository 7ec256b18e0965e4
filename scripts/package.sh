#!/usr/bin/env bash
# Builds Slotwise in release (the `package` preset: no tests, no benchmarks) and packs it into a .deb with
# CPack: build/package/slotwise_<version>-1_<arch>.deb. Reuses build/package, so a rebuild is incremental.
# SLOTWISE_OAUTH_CLIENT_FILE=/path/to/credentials.json builds that Google OAuth client in.
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
# The OAuth client to build in, if any (README: "For whoever installs Slotwise for others"). Passed every time,
# so a client set once does not linger in the cache: without the variable the package carries none.
cmake --preset package -DSLOTWISE_OAUTH_CLIENT_FILE="${SLOTWISE_OAUTH_CLIENT_FILE:-}" >/dev/null
cmake --build --preset package
rm -f build/package/slotwise_*.deb
(cd build/package && cpack -G DEB)
ls build/package/slotwise_*.deb
