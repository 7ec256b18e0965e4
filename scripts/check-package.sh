#!/usr/bin/env bash
# Installs the .deb from scripts/package.sh with apt, as a user would, and checks the installed programs
# and desktop files. Removes the package again afterwards unless it was installed before.
set -euo pipefail
cd "$(dirname "$0")/.."

shopt -s nullglob
debs=(build/package/slotwise_*.deb)
if ((${#debs[@]} != 1)); then
  echo "check-package: expected exactly one build/package/slotwise_*.deb (found ${#debs[@]}); run scripts/package.sh" >&2
  exit 1
fi
deb="$PWD/${debs[0]}"
sudo_cmd=()
[[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
apt_opts=(-y -qq -o DPkg::Lock::Timeout=300)

fail() { echo "check-package: FAIL: $*" >&2; exit 1; }

echo "Package: $(basename "$deb")"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
version=$(dpkg-deb -f "$deb" Version)
version=${version%-*} # upstream version, without the Debian revision

was_installed=0
dpkg-query -W -f='${Status}' slotwise 2>/dev/null | grep -q "install ok installed" && was_installed=1
cleanup() { ((was_installed)) || "${sudo_cmd[@]}" dpkg -r slotwise >/dev/null 2>&1 || true; }
trap cleanup EXIT
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install "${apt_opts[@]}" --reinstall "$deb" >/dev/null

for f in /usr/bin/slotwise /usr/bin/slotwise-cli \
         /usr/share/applications/org.slotwise.Slotwise.desktop \
         /usr/share/metainfo/org.slotwise.Slotwise.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.slotwise.Slotwise.svg \
         /usr/share/icons/hicolor/48x48/apps/org.slotwise.Slotwise.png; do
  [[ -s $f ]] || fail "$f is missing after installing the package"
done

# --version prints the version, then which Google OAuth client is in use. Asked with no client file or
# variable anywhere, that is the one built in: none, unless the package was built with SLOTWISE_OAUTH_CLIENT_FILE.
bare=$(mktemp -d)
trap 'rm -rf "$bare"; cleanup' EXIT
bare_env=(env -u SLOTWISE_GOOGLE_CREDENTIALS -u GOOGLE_CLIENT_ID -u GOOGLE_CLIENT_SECRET -u LANGUAGE
          -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen
          HOME="$bare" XDG_CONFIG_HOME="$bare/config" XDG_CONFIG_DIRS="$bare/system" LC_ALL=C.UTF-8)
cli_out=$("${bare_env[@]}" /usr/bin/slotwise-cli --version) || fail "slotwise-cli --version exited with $?"
gui_out=$("${bare_env[@]}" /usr/bin/slotwise --version 2>/dev/null) || fail "slotwise --version exited with $?"
if [[ -n ${SLOTWISE_OAUTH_CLIENT_FILE:-} ]]; then
  client="Google OAuth client: built into this build of Slotwise"
else
  client="Google OAuth client: none"
fi
for program in slotwise-cli slotwise; do
  out=$cli_out
  [[ $program == slotwise ]] && out=$gui_out
  [[ $(head -n1 <<<"$out") == "$program $version" ]] \
    || fail "$program --version printed '$out', expected '$program $version' first"
  [[ $(sed -n 2p <<<"$out") == "$client" ]] || fail "$program --version printed '$out', expected '$client' second"
done
echo "Installed: $(head -n1 <<<"$cli_out"), $(head -n1 <<<"$gui_out"); $client"

desktop-file-validate /usr/share/applications/org.slotwise.Slotwise.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.slotwise.Slotwise.metainfo.xml
echo "check-package: OK"
