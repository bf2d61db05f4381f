#!/usr/bin/env bash
# Runs a command with a private, unlocked GNOME Keyring on the current D-Bus session bus, so that
# keychain tests have a real Secret Service and never see the user's keyrings:
#   dbus-run-session -- scripts/with-keyring.sh ctest --preset debug
# The keyring files live in a temporary folder that is removed, with the daemon, when the command ends.
# The command sees MM_PRIVATE_KEYRING=1; keychain tests fail (not skip) without a keychain when it is set.
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: dbus-run-session -- $0 COMMAND [ARGUMENT...]" >&2
  exit 2
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  echo "with-keyring: no D-Bus session bus; run it as: dbus-run-session -- $0 $*" >&2
  exit 2
fi
for tool in gnome-keyring-daemon dbus-send; do
  if ! command -v "$tool" >/dev/null; then
    echo "with-keyring: $tool is missing; scripts/setup-deps.sh installs it" >&2
    exit 1
  fi
done

bus_call() { # DESTINATION PATH METHOD ARGUMENT... (prints the reply)
  dbus-send --session --print-reply=literal --reply-timeout=2000 --dest="$1" "$2" "$3" "${@:4}"
}
secrets_owned() {
  bus_call org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
    string:org.freedesktop.secrets 2>/dev/null | grep -q true
}

# On a bus that already has a Secret Service (a desktop session) the tests would use the user's.
if secrets_owned; then
  echo "with-keyring: this D-Bus session already has a keyring; run it inside dbus-run-session" >&2
  exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/modmarket-keyring.XXXXXX")
daemon=""
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
  if [ -n "$daemon" ]; then
    kill "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -m 700 "$dir/data" "$dir/control"

# --unlock creates the login keyring when there is none and makes it the default collection, so no
# prompt ever appears (there is no display to show one). gnome-keyring refuses an empty password.
# XDG_DATA_HOME and the control directory point into $dir for the daemon only, so neither the
# user's ~/.local/share/keyrings nor an already running daemon's control socket is touched.
printf '%s' 'modmarket-test-keyring' |
  env -u GNOME_KEYRING_CONTROL XDG_DATA_HOME="$dir/data" \
    gnome-keyring-daemon --foreground --unlock --components=secrets \
      --control-directory="$dir/control" >"$dir/env" 2>"$dir/log" &
daemon=$!

# Ready when the login keyring is the default collection and unlocked.
ready=""
for _ in $(seq 100); do
  if ! kill -0 "$daemon" 2>/dev/null; then
    break
  fi
  if secrets_owned && bus_call org.freedesktop.secrets /org/freedesktop/secrets/aliases/default \
    org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked \
    2>/dev/null | grep -q false; then
    ready=1
    break
  fi
  sleep 0.1
done
if [ -z "$ready" ]; then
  echo "with-keyring: gnome-keyring-daemon did not provide an unlocked login keyring:" >&2
  cat "$dir/log" >&2
  exit 1
fi

# What the daemon prints (GNOME_KEYRING_CONTROL=...) is how clients find it.
while IFS= read -r line; do
  case "$line" in
    *=*) export "${line?}" ;;
  esac
done <"$dir/env"
export MM_PRIVATE_KEYRING=1
# QtKeychain prefers KWallet on KDE desktops; the private bus has only the Secret Service.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID

status=0
"$@" || status=$?
exit "$status"
