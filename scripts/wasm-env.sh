# Sourced (not run) by the scripts that build the release wasm modules —
# `trunk build` in test.sh, serve.sh and measure.sh, and scripts/size.mjs's
# breakdown — so that those modules are compiled by the nightly toolchain
# with the standard library rebuilt to abort on a panic without formatting
# its message (`-Cpanic=immediate-abort`, with `-Zbuild-std`).
#
# Why: the widget already aborts on a panic (panic = "abort"), but the
# prebuilt std still carries the machinery that formats a panic's message and
# location before aborting, and every `unwrap`, index and slice reaches it.
# Measured on 2026-12-04, same sources, wasm-bindgen + wasm-opt -Oz as the
# release build: the Vietnamese widget's wasm 139,152 → 125,408 bytes gzip
# and its JS glue 7,653 → 6,898 (no panic-message imports): 14.5 KB of a
# 150 KB first load. `-Zfmt-debug=none -Zlocation-detail=none` on top gave
# only 171 bytes more, and would blank any Debug text, so they are not used.
#
# What changes for a visitor: nothing, unless the widget panics — then the
# module traps ("unreachable") instead of first writing the panic's message
# to the console; the prerendered month stays either way.
#
# Only builds with `--target wasm32-unknown-unknown` take `build-std`; the
# native `lich` that the post-build hook runs is built by the stable
# toolchain (postbuild.mjs removes these variables for it), and the lints and
# tests keep the stable toolchain. Without nightly's rust-src (scripts/setup.sh
# installs it) this falls back to the stable build and says so; the size
# budget then fails, which is the point of a budget.
if rustup run nightly rustc --version >/dev/null 2>&1 &&
  [ -d "$(rustup run nightly rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
  export RUSTUP_TOOLCHAIN=nightly
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  # std's own size-over-speed choices (smaller integer formatting and
  # searches): 0.8 KB less gzip on the Vietnamese widget, measured the same
  # day; the conversions do not use them (their bench is in measure.sh).
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
  export LICH_WASM_ENV="$(rustup run nightly rustc --version)"
else
  echo "scripts/wasm-env.sh: nightly with rust-src is missing (scripts/setup.sh installs it); building the wasm with the stable toolchain, about 14 KB larger" >&2
fi
