#!/usr/bin/env bash
# Builds one self-contained dist-single/scorecard.html that works opened from disk (file://).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --serve-only
. scripts/env.sh
trunk build --release --offline --features split
node scripts/single-file.mjs
