#!/usr/bin/env bash
# Builds the release preset, starts modmarketd with the demo catalog on a free loopback port and
# opens the desktop app on it. With --headless the app runs under Xvfb, saves a screenshot to the
# path it prints, and exits. Extra arguments go to the app (e.g. --show crm-sync).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-deps.sh

headless=0
app_args=()
for arg in "$@"; do
  if [ "$arg" = "--headless" ]; then headless=1; else app_args+=("$arg"); fi
done

cmake --preset release >/dev/null
cmake --build --preset release

state="${XDG_DATA_HOME:-$HOME/.local/share}/modmarket/demo"
mkdir -p "$state"
server_log="$state/modmarketd.log"
ready="$(mktemp)"
# The demo packages carry the SDK's demo plugins as built here (sdk/README.md).
build/release/server/modmarketd --data "$state/server" --listen 127.0.0.1:0 --demo \
  --demo-plugins build/release/sdk/demo-plugins >"$ready" 2>"$server_log" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; rm -f "$ready"' EXIT

url=""
for _ in $(seq 1 300); do
  url="$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$ready")"
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$server_log" >&2; echo "modmarketd did not start" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "modmarketd did not report its address" >&2; exit 1; }
echo "modmarketd is serving the demo catalog at $url (log: $server_log)"

# The demo's one trust decision, made for the user: pin the root key this server created.
fingerprint="$(build/release/server/modmarketd keys fingerprint --data "$state/server")"
build/release/app/cli/modmarket-cli --profile "$state/profile" --marketplace "$url" trust --pin "$fingerprint" >/dev/null
echo "pinned the demo marketplace's root key $fingerprint"

app=(build/release/app/desktop/modmarket --profile "$state/profile" --marketplace "$url")
if [ "$headless" = 1 ]; then
  shot="$PWD/build/screenshots/modmarket-$(date +%Y%m%d-%H%M%S).png"
  mkdir -p "$(dirname "$shot")"
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" "${app[@]}" --screenshot "$shot" "${app_args[@]}"
  echo "Screenshot: $shot"
else
  "${app[@]}" "${app_args[@]}"
fi
