#!/usr/bin/env bash
# Installs whatever is missing, builds the release widget page and serves it
# on http://127.0.0.1:8080 (the built-in Giáp Thìn notice, February 2024).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/e2e/node_modules/.bin:$PATH"
. scripts/wasm-env.sh # nightly + build-std for the wasm (that file says why)
trunk build --release
echo "Serving dist/ on http://127.0.0.1:8080 (Ctrl-C stops)"
exec trunk serve --release --no-autoreload --address 127.0.0.1 --port 8080
