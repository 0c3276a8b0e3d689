#!/usr/bin/env bash
# Builds the benchmark's Leptos hello world (bench/hello) into target/bench/hello-dist with the
# app's recipe: the same Trunk, wasm-bindgen, wasm-opt and release profile, offline. Cargo's own
# incremental build makes a second run take seconds. Run from the repository root after
# `. scripts/env.sh` (scripts/bench.sh does both).
set -euo pipefail
cd bench/hello
CARGO_NET_OFFLINE=true trunk build --release --offline
