#!/usr/bin/env bash
# One command for every figure of the README's "Figures" section: the size
# table (with the budget check), the speed tables (native criterion, wasm in
# headless Chromium, page timings) and the Lighthouse scores. Reports only,
# except the size budget, which fails as in the test command.
#   bash scripts/measure.sh            everything (about 3 minutes on 2 cores)
#   bash scripts/measure.sh --quick    fewer runs (about 2 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/e2e/node_modules/.bin:$PATH"
quick=${1:-}
runs() { if [ "$quick" = --quick ]; then echo "$1"; else echo "$2"; fi; }

step() { printf '\n=== %s\n' "$*"; }
printf 'machine: %s, %s cores, %s; %s; %s\n' "$(uname -m)" "$(nproc)" \
  "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)" "$(rustc --version)" "$(chromium --version | head -1)"

step "release build (wasm: $(. scripts/wasm-env.sh; echo "${LICH_WASM_ENV:-stable}"))"
(. scripts/wasm-env.sh && { trunk build --release >/dev/null 2>&1 || trunk build --release; })

step "size (gzip -9)"
(. scripts/wasm-env.sh && node scripts/size.mjs)

step "speed: native conversions (criterion, cargo bench --bench convert)"
cargo bench --quiet --bench convert -- --noplot 2>/dev/null \
  | awk '/^convert\// {name=$1} /thrpt:.*elem\/s/ {print "  " name ": " $(NF-3) " " $(NF-2)}'

step "speed: wasm conversions in headless Chromium"
(. scripts/wasm-env.sh && node e2e/bench/convert.mjs "$(runs 5 9)") # built as the widget is

step "speed: checked conversions side by side with the JavaScript peers (npm @dqcai/vn-lunar, amlich) in one page"
(. scripts/wasm-env.sh && node e2e/bench/peers.mjs "$(runs 3 5)")

step "side by side with hand-written month tables around the npm peers (issue 17's goals): interactive, slow 4G, switch, CPU 4×"
node e2e/bench/vanilla.mjs "$(runs 2 4)"

step "speed: page timings in headless Chromium"
node e2e/bench/page.mjs "$(runs 8 20)"

step "layout shift of the three embeddings on a themed host page (CLS; Google's bound: 0.1)"
node e2e/bench/cls.mjs "$(runs 3 5)"

step "worst-case files: lich validate, time and peak memory (bounds: 1 s, 100 MB)"
cargo build --quiet --release --bin lich
python3 scripts/worst.py

step "worst-case files in the widget: answer time and longest main-thread task (bound: 2 s)"
worst=$(mktemp -d)
cargo run --quiet --release --example worst_cases -- "$worst" >/dev/null
cp tests/data/hostile/number-100000-digits.json "$worst/"
node e2e/bench/worst.mjs "$worst"
rm -rf "$worst"

step "Lighthouse"
node e2e/bench/lighthouse.mjs "$(runs 1 3)"
