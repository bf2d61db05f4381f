#!/usr/bin/env bash
# Builds a preset and runs every test with ctest. Usage: ./scripts/test.sh [PRESET...]
# The default is asan (AddressSanitizer + UndefinedBehaviorSanitizer, Debug, benchmarks built too):
# every test runs under the sanitizers, so a second plain debug run would only repeat it and double
# CI's build time. `./scripts/test.sh debug` is the quicker loop while working.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-deps.sh

presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(asan)

# Sanitizer findings fail the run; LeakSanitizer ignores leaks inside system libraries we do not own.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen

for preset in "${presets[@]}"; do
  echo "== $preset: configure and build"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  echo "== $preset: test"
  # A private session bus with a private, unlocked keyring, so keychain tests never touch the user's.
  dbus-run-session -- scripts/with-keyring.sh ctest --preset "$preset"
done
