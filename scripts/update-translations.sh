#!/usr/bin/env bash
# Refreshes translations/slotwise_*.ts from the sources with lupdate (existing translations are kept, strings
# no longer in the code are dropped), then says how much of each language is still to translate.
# Translate with Qt Linguist (`linguist translations/slotwise_de.ts`, from qt6-tools-dev-tools) or any .ts
# editor; keep %1/%n placeholders and & accelerators. tst_translations fails below 95 % per language.
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
cmake --preset debug >/dev/null
cmake --build --preset debug --target update_translations
for ts in translations/slotwise_*.ts; do
  total=$(grep -c "<message" "$ts" || true)
  open=$(grep -c 'type="unfinished"' "$ts" || true)
  echo "$ts: $((total - open)) of $total translated, $open to do"
done
