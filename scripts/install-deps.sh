#!/usr/bin/env bash
# Installs the Debian 12 packages Slotwise needs to build, run and test. Safe to run again.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache
  qt6-base-dev qt6-networkauth-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev qtkeychain-qt6-dev libsodium-dev libgl-dev libical-dev
  qt6-httpserver-dev qt6-websockets-dev
  qt6-translations-l10n qt6-qpa-plugins
)
if [[ "${1:-}" == "--test" ]]; then
  # Packaging checks run by the test suite; clang-format and clang-tidy (with run-clang-tidy-14) for the
  # style and lint checks; poppler-utils (pdfinfo, pdftotext) reads the printed day sheet back; postgresql
  # for the throwaway server the storage tests start (tests/fakes/postgres).
  packages+=(desktop-file-utils appstream dpkg-dev file clang libclang-rt-14-dev clang-format clang-tidy poppler-utils)
  packages+=(postgresql)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  echo "Installing: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
