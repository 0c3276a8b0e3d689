#!/usr/bin/env bash
# Prints the size of the built app in dist/: wasm, JS and CSS, raw and gzip (-9).
set -euo pipefail
cd "$(dirname "$0")/.."
total_raw=0
total_gz=0
printf '%-6s %10s %10s  %s\n' kind raw gzip file
for ext in wasm js css; do
  for f in dist/*."$ext"; do
    [ -e "$f" ] || continue
    raw=$(wc -c < "$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    total_raw=$((total_raw + raw))
    total_gz=$((total_gz + gz))
    printf '%-6s %10d %10d  %s\n' "$ext" "$raw" "$gz" "$(basename "$f")"
  done
done
printf '%-6s %10d %10d  (bytes; %d KB gzip)\n' total "$total_raw" "$total_gz" $((total_gz / 1024))
