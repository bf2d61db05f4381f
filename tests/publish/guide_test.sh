#!/usr/bin/env bash
# Follows docs/developers/guide.md literally: extracts its ```sh blocks in order and runs them with
# bash -euo pipefail, in a fresh home and profile against a real modmarketd --demo, then checks that
# the submission reached "passed". Needs MM_CLI, MM_MODMARKETD (and MM_EXAMPLE_HOST) from ctest, and
# a keychain (run under scripts/with-keyring.sh).
set -euo pipefail

guide=${1:?usage: guide_test.sh docs/developers/guide.md}
for variable in MM_CLI MM_MODMARKETD; do
  if [ -z "${!variable:-}" ]; then
    echo "guide_test: $variable is not set; run through ctest" >&2
    exit 1
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/modmarket-guide.XXXXXX")
server=""
cleanup() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The binaries the guide calls by name, and nothing of the user's.
bin="$work/bin"
mkdir -p "$bin" "$work/home" "$work/run"
ln -s "$MM_CLI" "$bin/modmarket-cli"
ln -s "$MM_MODMARKETD" "$bin/modmarketd"
if [ -n "${MM_EXAMPLE_HOST:-}" ]; then
  ln -s "$MM_EXAMPLE_HOST" "$bin/modmarket-example-host"
fi
export PATH="$bin:$PATH"
export HOME="$work/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
unset MODMARKET_PROFILE MODMARKET_MARKETPLACE MODMARKET_LOG_LEVEL

"$MM_MODMARKETD" --data "$work/data" --listen 127.0.0.1:0 --demo >"$work/server.log" 2>&1 &
server=$!
url=""
for _ in $(seq 1 600); do
  url=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$work/server.log" | head -n 1)
  [ -n "$url" ] && break
  if ! kill -0 "$server" 2>/dev/null; then
    echo "guide_test: modmarketd exited:" >&2
    cat "$work/server.log" >&2
    exit 1
  fi
  sleep 0.1
done
if [ -z "$url" ]; then
  echo "guide_test: modmarketd did not start listening" >&2
  cat "$work/server.log" >&2
  exit 1
fi
export MARKETPLACE="$url"

# Every ```sh block, in order, as one script: later blocks use what earlier ones exported.
script="$work/guide.sh"
awk '/^```sh[[:space:]]*$/ { inside = 1; next } /^```/ { inside = 0; next } inside { print }' "$guide" >"$script"
blocks=$(grep -c '^```sh' "$guide")
if [ "$blocks" -lt 8 ]; then
  echo "guide_test: expected the guide's command blocks, found $blocks" >&2
  exit 1
fi

# Then, in the same shell (so with what the guide exported), what the test checks afterwards.
cat >>"$script" <<'CHECKS'
modmarket-cli --json submissions --publisher acme-tools >"$GUIDE_WORK/submissions.json"
modmarket-cli sync >/dev/null
if modmarket-cli show acme-palette >/dev/null 2>&1; then touch "$GUIDE_WORK/in-catalog"; fi
CHECKS

export GUIDE_WORK="$work"
cd "$work/run"
if ! bash -euo pipefail "$script"; then
  echo "guide_test: the guide failed; modmarketd said:" >&2
  tail -n 50 "$work/server.log" >&2
  exit 1
fi

# The guide published acme-palette as acme-tools; the marketplace must have passed it.
status=$(sed -n 's/.*"status": "\([a-z]*\)".*/\1/p' "$work/submissions.json" | head -n 1)
if [ "$status" != "passed" ]; then
  echo "guide_test: the submission is \"$status\", expected \"passed\"" >&2
  cat "$work/submissions.json" >&2
  exit 1
fi
# And nothing of it is in the catalog before a moderator approves it.
if [ -e "$work/in-catalog" ]; then
  echo "guide_test: acme-palette is in the catalog before approval" >&2
  exit 1
fi
echo "guide_test: the guide published acme-palette and the marketplace passed it"
