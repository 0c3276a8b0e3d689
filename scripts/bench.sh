#!/usr/bin/env bash
# Benchmarks the release app against the browser's own floor and the performance budgets: transfer sizes, load,
# keystroke-to-paint, autosave cost, library/compare rendering, import, capacity and memory.
# Prints a table and writes target/bench/results.json; docs/PERFORMANCE.md says how to read it.
# First the cold loads of a blank page, a Leptos hello world (bench/hello) and the app side by
# side, with Lighthouse mobile on each (--no-lighthouse skips it).
# Usage: scripts/bench.sh [--no-build] [--no-lighthouse] [--write-doc] [--label TEXT]
set -euo pipefail
cd "$(dirname "$0")/.."
build=true
lighthouse=(--lighthouse)
args=()
for a in "$@"; do
  case "$a" in
    --no-build) build=false ;;
    --no-lighthouse) lighthouse=() ;;
    *) args+=("$a") ;;
  esac
done
scripts/setup.sh
. scripts/env.sh
if $build; then
  trunk build --release --offline --features split
fi
# The hello world: rebuilt with the app (seconds once cargo has it), else only when missing.
if $build || [ ! -e target/bench/hello-dist/index.html ]; then
  scripts/bench/hello.sh
fi
exec timeout 600 node scripts/bench.mjs "${lighthouse[@]}" "${args[@]}"
