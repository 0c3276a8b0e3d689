#!/usr/bin/env bash
# Builds the benchmark's Leptos hello world (bench/hello) into target/bench/hello-dist with the
# app's recipe: the same Trunk, wasm-bindgen, wasm-opt and release profile, offline. Cargo's own
# incremental build makes a second run take seconds. Run from the repository root after
# `. scripts/env.sh` (scripts/bench.sh does both).
set -euo pipefail
cd bench/hello
# The app's wasm rustflags (../../.cargo/config.toml, which cargo reads from here too) less
# --emit-relocs: only the app's split build reads relocations; unsplit, Trunk's wasm-bindgen
# output keeps them (the hello world was 185.6 KB brotli with them, 38.4 KB without).
RUSTFLAGS="--cfg erase_components" CARGO_NET_OFFLINE=true trunk build --release --offline
