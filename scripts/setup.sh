#!/usr/bin/env bash
# Installs exactly what is missing to build (and, unless --serve-only, test) Scorecard.
# Idempotent: each step checks what is present, and its version, before installing anything.
# Each step's comment says why it is done that way (versions, flags, traps). Usage: scripts/setup.sh [--serve-only]
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
LEPTOSFMT_VERSION=0.1.33
WASM_OPT_VERSION=132
WASM_SPLIT_VERSION=0.2.4
serve_only=false
[ "${1:-}" = "--serve-only" ] && serve_only=true

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
# Installs CRATE at exactly VERSION with cargo, unless `TOOL --version` already reports it.
# Usage: cargo_tool TOOL CRATE VERSION MINUTES [more cargo install flags]
cargo_tool() {
  local tool=$1 crate=$2 want=$3 minutes=$4 have
  shift 4
  have=$("$tool" --version 2>/dev/null | awk '{ print $2 }' || true)
  if [ "$have" = "$want" ]; then
    say "$crate $want: present"
  else
    say "installing $crate $want (found '${have:-none}'; about $minutes minutes)"
    cargo install "$crate" --version "$want" "$@" --force
  fi
}
. scripts/env.sh

for tool in cargo rustup node npm; do
  command -v "$tool" >/dev/null || die "$tool is not installed; this machine kind ships it (Rust 1.95 via rustup, Node 20)."
done

# 1. The wasm target, and the format and lint components the test command runs.
# RUSTUP_AUTO_INSTALL=0 here, so nothing adds them implicitly.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target: present"
else
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if rustup component list --installed | grep -q "^$component-"; then
    say "$component: present"
  else
    say "adding the $component component"
    rustup component add "$component"
  fi
done

# 2. wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock.
wb_want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$wb_want" ] || die "no wasm-bindgen entry in Cargo.lock"
# No --locked: its lock file pins a webpki-roots version the registry here does not serve.
cargo_tool wasm-bindgen wasm-bindgen-cli "$wb_want" 3

# 3. Trunk, exactly 0.21.14 (0.22 needs a newer rustc than this machine has).
cargo_tool trunk trunk "$TRUNK_VERSION" 8 --locked

# 3b. wasm-split-cli, the release build's code splitting (scripts/split.mjs), from crates.io's
# wasm_split_cli_support: the splitter Leptos' #[lazy] is made for (cargo-leptos uses its
# library), at the version whose module format matches Cargo.lock's wasm_split_helpers 0.2.
# It has no --version flag, so cargo's install list says what is present.
if cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "wasm_split_cli_support $WASM_SPLIT_VERSION: present"
else
  say "installing wasm_split_cli_support $WASM_SPLIT_VERSION (about 2 minutes)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --force
fi

# 4. leptosfmt, the formatter for the code inside Leptos `view!` macros (the test command checks
# it). 0.1.33 builds with rustc 1.95 and reads Leptos 0.8's view syntax (`on:change:target=`).
if ! $serve_only; then
  cargo_tool leptosfmt leptosfmt "$LEPTOSFMT_VERSION" 2 --locked
fi

# 5. npm packages from the committed lock file: binaryen (wasm-opt), @playwright/test and marked (the injection spec renders the Markdown export).
lock_hash=$(sha256sum package-lock.json | awk '{ print $1 }')
if [ -f node_modules/.setup-lock-hash ] && [ "$(cat node_modules/.setup-lock-hash)" = "$lock_hash" ]; then
  say "npm packages: present"
else
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.setup-lock-hash
fi
opt_have=$(node_modules/.bin/wasm-opt --version | awk '{ print $3 }')
[ "$opt_have" = "$WASM_OPT_VERSION" ] || die "node_modules/.bin/wasm-opt is version $opt_have, want $WASM_OPT_VERSION (Debian's binaryen 108 breaks the app)."

# 6. Chromium and a matching ChromeDriver from Debian, for the browser and e2e tests.
if ! $serve_only; then
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    say "chromium and chromedriver: present"
  else
    say "installing chromium and chromium-driver from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  fi
  c_major=$(chromium --version 2>/dev/null | grep -oE '[0-9]+' | head -n 1)
  d_major=$(chromedriver --version | grep -oE '[0-9]+' | head -n 1)
  [ "$c_major" = "$d_major" ] || die "chromium $c_major and chromedriver $d_major differ; reinstall both: apt-get install --reinstall chromium chromium-driver"
  say "chromium $c_major with chromedriver $d_major"
fi
say "ready"
