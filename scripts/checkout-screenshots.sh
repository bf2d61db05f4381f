#!/usr/bin/env bash
# Makes docs/screenshots/checkout.png (the checkout dialog waiting for the payment) and
# docs/screenshots/revenue.png (a publisher's Revenue page with data). Starts the fake Stripe
# (tests/fakestripe) and a demo modmarketd that takes payments through it, buys modules for a few
# tenants the way a browser pays on the hosted page, spreads those payments over the past months
# so the chart has a history (demo data only: the rows are real payments, moved back in time),
# then runs the desktop app under Xvfb. BUILD names a configured build folder with the GUI
# (default build/release); its modmarketd, fake-stripe, modmarket-cli and modmarket are built here.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD:-build/release}"
cmake --build "$build" --target modmarketd fake-stripe modmarket-cli modmarket -j1 >/dev/null

state="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$state"; }
trap cleanup EXIT

# Waits for "<what>: listening on URL" in a file and prints the URL.
listening() {
  for _ in $(seq 1 300); do
    url="$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$1")"
    [ -n "$url" ] && { echo "$url"; return; }
    sleep 0.1
  done
  echo "no listening line in $1" >&2; cat "$1" >&2; exit 1
}

key=sk_test_demo
secret=whsec_demo_screenshots
"$build/tests/fakestripe/fake-stripe" --port 0 --api-key "$key" --webhook-secret "$secret" >"$state/stripe.out" 2>&1 &
pids+=($!)
stripe="$(listening "$state/stripe.out")"
MODMARKETD_STRIPE_SECRET_KEY="$key" MODMARKETD_STRIPE_WEBHOOK_SECRET="$secret" \
  "$build/server/modmarketd" --data "$state/server" --listen 127.0.0.1:0 --demo --stripe-api "$stripe" \
  >"$state/server.out" 2>"$state/server.log" &
pids+=($!)
url="$(listening "$state/server.out")"
curl -sf -X POST "$stripe/_test/config" -H 'Content-Type: application/json' \
  -d "{\"webhook_url\": \"$url/api/marketplace/stripe/webhook\", \"webhook_secret\": \"$secret\"}" >/dev/null

# token TENANT: signs up the tenant's admin (the tenant is new) and prints its access token.
token() {
  curl -sf -X POST "$url/api/marketplace/auth/signup" -H 'Content-Type: application/json' \
    -d "{\"email\": \"$1@screenshots.example\", \"password\": \"screenshot-password\", \"tenant\": \"$1\"}" |
    jq -r .access_token
}

# buy TENANT MODULE PLAN TOKEN: orders as the tenant's admin, pays on the fake's page, waits for
# the order to be fulfilled.
buy() {
  local answer checkout order status auth
  auth="Authorization: Bearer $4"
  answer="$(curl -sf -X POST "$url/api/marketplace/modules/$2/purchase" -H "$auth" \
    -H 'Content-Type: application/json' -d "{\"plan\": \"$3\"}")"
  checkout="$(jq -r .checkout_url <<<"$answer")"
  order="$(jq -r .order.id <<<"$answer")"
  curl -sf -X POST "$stripe/_test/checkout/sessions/${checkout##*/}/complete" \
    -H 'Content-Type: application/json' -d '{"outcome": "paid"}' >/dev/null
  for _ in $(seq 1 100); do
    status="$(curl -sf "$url/api/marketplace/orders/$order" -H "$auth" | jq -r .status)"
    [ "$status" = fulfilled ] && { echo "bought $2 ($3) for $1"; return; }
    sleep 0.1
  done
  echo "order $order of $2 ended $status" >&2; exit 1
}

n=0
for module_plan in report-scheduler:monthly report-scheduler:yearly demand-forecast:monthly \
  report-scheduler:monthly demand-forecast:yearly report-scheduler:monthly; do
  module="${module_plan%%:*}" plan="${module_plan##*:}"
  for tenant in a b c; do
    n=$((n + 1))
    access="$(token "demo-tenant-$n")"
    # Demand Forecast needs the Business tier.
    "$build/server/modmarketd" tenant set-tier "demo-tenant-$n" business --data "$state/server" >/dev/null
    buy "demo-tenant-$n" "$module" "$plan" "$access"
  done
done
# Spread the payments over the last months (see above).
sqlite3 "$state/server/marketplace.sqlite" \
  "UPDATE payments SET paid_at = strftime('%Y-%m-%dT%H:%M:%SZ', paid_at, '-' || (abs(random()) % 8) || ' months');"

profile="$state/profile"
fingerprint="$("$build/server/modmarketd" keys fingerprint --data "$state/server")"
"$build/app/cli/modmarket-cli" --profile "$profile" --marketplace "$url" trust --pin "$fingerprint" >/dev/null
app=("$build/app/desktop/modmarket" --profile "$profile" --marketplace "$url")
mkdir -p docs/screenshots
run() { QT_QPA_PLATFORM=xcb timeout 120 xvfb-run -a -s "-screen 0 1440x900x24" "${app[@]}" "$@"; }
# signin EMAIL: the app and the CLI share the session in the keychain.
signin() {
  echo screenshot-password |
    "$build/app/cli/modmarket-cli" --profile "$profile" --marketplace "$url" login --email "$1" --password-stdin >/dev/null
}

# Revenue is for the publisher's own developers: the operator adds one for tidewell.
echo screenshot-password | "$build/server/modmarketd" user add --data "$state/server" \
  --email dev@tidewell.example --role developer --publisher tidewell >/dev/null
signin dev@tidewell.example
run --view revenue --publisher tidewell --screenshot "$PWD/docs/screenshots/revenue.png"

# Buying is for a tenant's admin: a new tenant, on the tier invoice-designer needs.
token buyer-tenant >/dev/null
"$build/server/modmarketd" tenant set-tier buyer-tenant business --data "$state/server" >/dev/null
signin buyer-tenant@screenshots.example
run --show invoice-designer --buy invoice-designer --screenshot "$PWD/docs/screenshots/checkout.png"
