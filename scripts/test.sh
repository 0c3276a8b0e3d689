#!/usr/bin/env bash
# Installs what is missing, checks format and lints, then runs every tier: native cargo test,
# wasm-bindgen-test in headless Chromium, the release build, Playwright end to end against it on
# loopback; prints the app size.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
step() { printf '\n==== %s (%ds)\n' "$*" $((SECONDS - started)); }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Runs a test tier, keeping its output to count results at the end.
tier() { "$@" 2>&1 | tee -a "$log"; }

step "setup"
scripts/setup.sh
. scripts/env.sh

step "format check"
cargo fmt --all -- --check

step "lint (clippy, native and wasm32; leptosfmt over the view! macros)"
cargo clippy --all-targets -- -D warnings
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
# The release build's code splitting (src/ui/common/lazy.rs) compiles other code: lint it too.
cargo clippy --bin scorecard --target wasm32-unknown-unknown --features split -- -D warnings
leptosfmt --check src tests

step "docs: the counts in docs/RELIABILITY.md are the tests' own"
node scripts/reliability-counts.mjs --check

step "native tests"
tier cargo test

step "browser tests (wasm-bindgen-test, headless Chromium)"
tier env CHROMEDRIVER="$(command -v chromedriver)" cargo test --target wasm32-unknown-unknown --test web --test editor

step "release build (and the single-file build from it)"
# test-hooks: the `?test-panic=1` switch the crash-message e2e test needs; never in production.
trunk build --release --offline --features test-hooks,split
node scripts/single-file.mjs

step "end-to-end tests (Playwright against dist/ on 127.0.0.1)"
# A free loopback port, so a server left running elsewhere never blocks the run.
E2E_PORT="$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
export E2E_PORT
tier npx playwright test

step "size of the built app"
scripts/size.sh
scripts/size-budget.sh

step "all tiers passed"
# One closing line over every tier: cargo's "test result" lines and Playwright's summary.
passed=$(sed -nE 's/^test result: ok\. ([0-9]+) passed.*/\1/p; s/^ +([0-9]+) passed \(.*/\1/p' "$log" |
  awk '{ n += $1 } END { print n + 0 }')
echo "all tiers: ${passed} passed, 0 failed"
