#!/usr/bin/env bash
# Builds the fuzz preset (clang-19, ASan+UBSan, libFuzzer) and runs one target.
# Usage: ./scripts/fuzz.sh TARGET [SECONDS]   e.g. ./scripts/fuzz.sh fuzz_catalog 600
# New inputs go to build/fuzz-corpus/TARGET; the seeds in fuzz/corpus/TARGET are only read.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-deps.sh
target="${1:?usage: fuzz.sh TARGET [SECONDS]}"
seconds="${2:-600}"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "$target"
work="build/fuzz-corpus/$target"
mkdir -p "$work"
exec "build/fuzz/fuzz/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -print_final_stats=1 "$work" "fuzz/corpus/$target"
