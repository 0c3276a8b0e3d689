# Sourced by the other scripts (after their `cd` to the repository root): puts the npm tools
# (binaryen's wasm-opt 132, Playwright) and cargo's installed tools (trunk, wasm-bindgen,
# leptosfmt) first on PATH, ahead of any other copies on the machine.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
