#!/usr/bin/env bash
# Installs every tool the build and the tests need, idempotently: a second run
# finds everything in place and returns in seconds.
#   wasm32 target, nightly's rust-src (the release wasm), Trunk 0.21.14, wasm-bindgen-cli (= Cargo.lock's wasm-bindgen),
#   wasm-opt (npm binaryen 132), Debian chromium + chromium-driver, e2e node packages
#   (playwright-core, axe-core, esbuild, lighthouse), twiggy (the size breakdown),
#   Debian's WordPress, MariaDB, Apache and PHP (the WordPress tier).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
TWIGGY_VERSION=0.8.0
# The CLI must equal the wasm-bindgen that Cargo.lock resolved.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, "", $0); print; exit}' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PWD/e2e/node_modules/.bin:$PATH"

say() { printf '[setup %(%H:%M:%S)T] %s\n' -1 "$*"; } # times: to see where a bare machine spends its minutes

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (11 minutes on one bare machine, 54 on another)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION"
  CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS=fallback \
    cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

if [ "$(twiggy --version 2>/dev/null | awk '{print $2}')" != "$TWIGGY_VERSION" ]; then
  say "installing twiggy $TWIGGY_VERSION (about 2 minutes)"
  cargo install --locked twiggy --version "$TWIGGY_VERSION"
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# The WordPress tier (wordpress/test.sh): Debian's WordPress 6.1 and its
# default theme, MariaDB, Apache with mod_php. Their services are not
# started here; the tier starts private instances on loopback.
WP_PACKAGES="wordpress wordpress-theme-twentytwentythree mariadb-server apache2 libapache2-mod-php php-cli php-mysql curl"
missing=$(for p in $WP_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
done)
if [ -n "$missing" ]; then
  say "installing $(echo $missing) (Debian packages, for the WordPress tier)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# e2e/node_modules: binaryen (wasm-opt 132), playwright-core, axe-core; pinned by package-lock.json.
if [ ! -x e2e/node_modules/.bin/wasm-opt ] || [ e2e/package-lock.json -nt e2e/node_modules/.stamp ]; then
  say "installing the e2e node packages"
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.stamp)
fi

# The release wasm is built by nightly with std rebuilt (scripts/wasm-env.sh
# says why); the fuzz targets use nightly too. rust-src is std's source.
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  say "installing the nightly toolchain (minimal profile)"
  rustup toolchain install nightly --profile minimal
fi
if [ ! -d "$(rustup run nightly rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
  say "adding rust-src to the nightly toolchain"
  rustup component add rust-src --toolchain nightly
fi

# Trunk runs cargo with --offline (Trunk.toml), so the registry must hold
# every crate first — std's own dependencies too, for build-std.
cargo fetch --quiet
RUSTUP_TOOLCHAIN=nightly cargo fetch --quiet --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort
say "tools ready: $(trunk --version), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), wasm-opt $(wasm-opt --version | awk '{print $3}'), $(chromium --version 2>/dev/null | head -1)"
