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
stripe_log="$state/fake-stripe.log"
ready="$(mktemp)"
stripe_ready="$(mktemp)"
server_pid=""
stripe_pid=""
trap 'kill $server_pid $stripe_pid 2>/dev/null || true; rm -f "$ready" "$stripe_ready"' EXIT

# Prints the URL a process announced with "listening on URL" in $1, waiting for it.
wait_for_url() {
  local file=$1 pid=$2 log=$3 name=$4 url=""
  for _ in $(seq 1 300); do
    url="$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$file")"
    [ -n "$url" ] && { echo "$url"; return 0; }
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "$name did not start" >&2; return 1; }
    sleep 0.1
  done
  echo "$name did not report its address" >&2
  return 1
}

# Payments in the demo go to the fake Stripe of the tests (docs/checkout.md): its checkout page
# opens in the browser, takes no card, and sends signed webhooks like the real one.
webhook_secret="whsec_demo_$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
build/release/tests/fakestripe/fake-stripe --port 0 --api-key sk_test_demo \
  --webhook-secret "$webhook_secret" >"$stripe_ready" 2>"$stripe_log" &
stripe_pid=$!
stripe_url="$(wait_for_url "$stripe_ready" "$stripe_pid" "$stripe_log" fake-stripe)"

# The demo packages carry the SDK's demo plugins as built here (sdk/README.md).
MODMARKETD_STRIPE_SECRET_KEY=sk_test_demo MODMARKETD_STRIPE_WEBHOOK_SECRET="$webhook_secret" \
  build/release/server/modmarketd --data "$state/server" --listen 127.0.0.1:0 --demo \
  --demo-plugins build/release/sdk/demo-plugins --stripe-api "$stripe_url" \
  --probe-host build/release/sdk/examples/host/modmarket-example-host >"$ready" 2>"$server_log" &
server_pid=$!
url="$(wait_for_url "$ready" "$server_pid" "$server_log" modmarketd)"
echo "modmarketd is serving the demo catalog at $url (log: $server_log)"
curl -fsS -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"webhook_url\": \"$url/api/marketplace/stripe/webhook\", \"webhook_secret\": \"$webhook_secret\"}" \
  "$stripe_url/_test/config"
echo "payments go to the fake Stripe at $stripe_url (log: $stripe_log)"

# The demo's one trust decision, made for the user: pin the root key this server created.
fingerprint="$(build/release/server/modmarketd keys fingerprint --data "$state/server")"
build/release/app/cli/modmarket-cli --profile "$state/profile" --marketplace "$url" trust --pin "$fingerprint" >/dev/null
echo "pinned the demo marketplace's root key $fingerprint"

# The publish wizard's local checks load a module's plugin in the example host, as the server does.
export MODMARKET_PROBE_HOST="$PWD/build/release/sdk/examples/host/modmarket-example-host"
app=(build/release/app/desktop/modmarket --profile "$state/profile" --marketplace "$url")
if [ "$headless" = 1 ]; then
  shot="$PWD/build/screenshots/modmarket-$(date +%Y%m%d-%H%M%S).png"
  mkdir -p "$(dirname "$shot")"
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" "${app[@]}" --screenshot "$shot" "${app_args[@]}"
  echo "Screenshot: $shot"
else
  "${app[@]}" "${app_args[@]}"
fi
