#!/usr/bin/env bash
# Fails when any tracked C++ file differs from what clang-format (14, the repo's .clang-format) would write.
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror
echo "clang-format: all files formatted"
