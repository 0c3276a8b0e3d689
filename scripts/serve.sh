#!/usr/bin/env bash
# Installs what is missing, builds the release app and serves it on 127.0.0.1 (PORT, default 8080).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --serve-only
. scripts/env.sh
port="${PORT:-8080}"
echo "Scorecard will be at http://127.0.0.1:$port/ once the build below finishes (Ctrl-C stops it)."
exec trunk serve --release --offline --features split --address 127.0.0.1 --port "$port"
