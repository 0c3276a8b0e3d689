#!/usr/bin/env bash
# Benchmarks the release app against the browser's own floor and the performance budgets: transfer sizes, load,
# keystroke-to-paint, autosave cost, library/compare rendering, import, capacity and memory.
# Prints a table and writes target/bench/results.json; docs/PERFORMANCE.md says how to read it.
# Usage: scripts/bench.sh [--no-build] [--write-doc]
set -euo pipefail
cd "$(dirname "$0")/.."
build=true
args=()
for a in "$@"; do
  case "$a" in
    --no-build) build=false ;;
    *) args+=("$a") ;;
  esac
done
scripts/setup.sh
. scripts/env.sh
if $build; then
  trunk build --release --offline
fi
exec timeout 300 node scripts/bench.mjs "${args[@]}"
