#!/usr/bin/env bash
# clang-tidy (14) with the project's .clang-tidy over the program's own sources (app/ ui/ services/ models/),
# two files at a time; any warning of a kept check is an error and fails the run. Needs the debug preset
# configured (compile_commands.json) and built (moc output), so test.sh runs it after the debug build.
set -euo pipefail
cd "$(dirname "$0")/.."
db=build/debug
[[ -f $db/compile_commands.json ]] || cmake --preset debug >/dev/null
start=$SECONDS
if ! run-clang-tidy-14 -quiet -p "$db" -j "${SLOTWISE_TIDY_JOBS:-2}" "^$(pwd)/(app|ui|services|models)/.*\.cpp$" \
    > build/clang-tidy.log 2>&1; then
  sed 's/\x1b\[[0-9;]*m//g' build/clang-tidy.log | grep -E 'warning:|error:' | sort -u
  echo "clang-tidy failed; see build/clang-tidy.log" >&2
  exit 1
fi
echo "clang-tidy: clean ($((SECONDS - start)) s)"
