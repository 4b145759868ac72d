#!/usr/bin/env bash
# Every test tier and the lints, after installing whatever is missing.
#   lint: rustfmt, clippy (native and wasm32), rustdoc
#   native: unit, reference data, properties, CLI, server-rendered components, doctests
#   browser: wasm-bindgen-test in headless Chromium
#   end to end: the Trunk release build served on 127.0.0.1, driven by playwright-core
#   WordPress: the plugin zip in a real WordPress on 127.0.0.1 (wordpress/test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/e2e/node_modules/.bin:$PATH"

step() { printf '\n=== %(%H:%M:%S)T %s\n' -1 "$*"; }

step "lint: cargo fmt --check"
cargo fmt --all -- --check
step "lint: clippy (native)"
cargo clippy --workspace --all-targets -- -D warnings
step "lint: clippy (wasm32)"
cargo clippy --workspace --all-targets --target wasm32-unknown-unknown -- -D warnings
step "lint: the fuzz targets compile (they run with cargo +nightly fuzz, see the README)"
cargo check --quiet --manifest-path fuzz/Cargo.toml --bins
step "lint: rustdoc"
RUSTDOCFLAGS=-Dwarnings cargo doc --workspace --no-deps --quiet

step "native tests: unit, reference data, properties, CLI, server rendering, doctests"
cargo test --workspace

step "browser tests: wasm-bindgen-test in headless Chromium"
cargo test --target wasm32-unknown-unknown --test wasm

# The release wasm is built by nightly with std rebuilt for immediate-abort
# panics (scripts/wasm-env.sh says why: 14.5 KB less first load); everything
# above and below keeps the stable toolchain.
step "release build: trunk build --release (wasm: $(. scripts/wasm-env.sh; echo "${LICH_WASM_ENV:-stable}"))"
(. scripts/wasm-env.sh && trunk build --release)

step "size budget: first load at most 140 KB gzip (fails above)"
(. scripts/wasm-env.sh && node scripts/size.mjs)

# The browser tiers run under `timeout` and node's --test-force-exit: a
# browser or server left running fails its tier with a status (124) rather
# than holding the run open until CI's limit (it did once: a Chromium that
# died at launch left two others to keep node alive).
step "end-to-end tests: headless Chromium on the release build"
timeout --kill-after=30s 25m node --test --test-force-exit e2e/tests/

step "WordPress tier: the plugin in a real WordPress (Debian's 6.1, MariaDB, Apache), an Author and a visitor"
timeout --kill-after=30s 10m bash wordpress/test.sh
