#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing Module Marketplace needs.
# Idempotent and quick when everything is present: apt is only touched for missing packages.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache lld pkg-config git clang-19 libclang-rt-19-dev clang-format
  # Qt 6
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  # libraries
  qtkeychain-qt6-dev libarchive-dev libsodium-dev libssl-dev libspdlog-dev libfmt-dev
  libsqlite3-dev sqlite3
  # running the GUI headless and the keychain in tests
  xvfb xauth fonts-dejavu-core gnome-keyring dbus dbus-x11 libsecret-tools
  # the demo wires its fake Stripe to modmarketd over HTTP
  curl
  # packaging
  dpkg-dev file
  # benchmarks: libsolv's testsolv as the resolver baseline
  libsolv-tools
  # code checkers the validation pipeline runs over module sources
  cppcheck shellcheck
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
