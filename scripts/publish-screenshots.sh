#!/usr/bin/env bash
# Makes docs/screenshots/publish-checks.png (the publish wizard's Checks page stopping a module
# with a private key left in it), docs/screenshots/my-modules.png (My modules with the
# marketplace's reports) and docs/screenshots/moderation.png (the demo moderator's queue with
# those submissions). Starts a demo modmarketd, publishes two modules through the CLI the way
# docs/developers/guide.md does (one clean, one with a warning), waits for the marketplace's
# pipeline, then runs the desktop app under Xvfb. Needs a keychain for the signing key:
#   dbus-run-session -- scripts/with-keyring.sh scripts/publish-screenshots.sh
# BUILD names a configured build folder with the GUI (default build/release).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD:-build/release}"
cmake --build "$build" --target modmarketd modmarket-cli modmarket -j1 >/dev/null
build="$(cd "$build" && pwd)" # the modules are made in a folder of their own

state="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$state"; }
trap cleanup EXIT

"$build/server/modmarketd" --data "$state/server" --listen 127.0.0.1:0 --demo \
  >"$state/server.out" 2>"$state/server.log" &
pids+=($!)
url=""
for _ in $(seq 1 300); do
  url="$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$state/server.out")"
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "modmarketd did not start" >&2; cat "$state/server.log" >&2; exit 1; }

export MODMARKET_PROFILE="$state/profile" MODMARKET_MARKETPLACE="$url"
cli() { "$build/app/cli/modmarket-cli" "$@"; }
cli trust --pin "$("$build/server/modmarketd" keys fingerprint --data "$state/server")" >/dev/null
cli sync >/dev/null

publisher=aurora-tools
cd "$state"
cli init --template content --id aurora-palette --name "Aurora Palette" --publisher "$publisher" aurora-palette >/dev/null
cli init --template content --id aurora-icons --name "Aurora Icons" --publisher "$publisher" aurora-icons >/dev/null
# A long random-looking value in a config file: the secret scan flags it for a moderator.
printf '{"theme": "aurora", "token": "%s"}\n' "$(head -c 48 /dev/urandom | base64 | tr -d '/+=' | head -c 48)" \
  >aurora-icons/settings.json
echo "aurora-tools-passphrase" | cli signup --email dev@aurora.example --name "Aurora Dev" \
  --publisher "$publisher" --publisher-name "Aurora Tools" --password-stdin >/dev/null
cli keygen --publisher "$publisher" --name "Aurora Tools" --register >/dev/null
for module in aurora-palette aurora-icons; do
  cli pack "$module" -o "$module.mmpkg" >/dev/null
  cli publish "$module.mmpkg" >/dev/null 2>&1
done
for _ in $(seq 1 300); do
  cli --json submissions --publisher "$publisher" | grep -Eq '"status": "(queued|validating)"' || break
  sleep 0.2
done

# The wizard's Checks page: a copy of the palette with a private key left in its config folder.
cp -r aurora-palette aurora-palette-next
mkdir -p aurora-palette-next/config
printf -- '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n' \
  >aurora-palette-next/config/deploy.pem
cd - >/dev/null

app=("$build/app/desktop/modmarket" --profile "$state/profile" --marketplace "$url")
mkdir -p docs/screenshots
run() { QT_QPA_PLATFORM=xcb timeout 180 xvfb-run -a -s "-screen 0 1440x900x24" "${app[@]}" "$@"; }
run --view my-modules --publisher "$publisher" --screenshot "$PWD/docs/screenshots/my-modules.png"
run --publish "$state/aurora-palette-next" --screenshot "$PWD/docs/screenshots/publish-checks.png"

# The moderator's view of the same marketplace (one session per marketplace: sign in anew).
echo "demo-password" | cli login --email moderator@demo.test --password-stdin >/dev/null
run --view moderation --screenshot "$PWD/docs/screenshots/moderation.png"
