#!/usr/bin/env bash
# Prints the app's size and speed figures (never fails a build on a figure).
#   bench/run.sh [--quick] [--runs N]
# --quick   reuse dist/ if it exists instead of building the release bundle again
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/bootstrap.sh"
cd "$ROOT"
QUICK=0
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1; shift ;;
    *) ARGS+=("$1"); shift ;;
  esac
done
bootstrap_all
if [ "$QUICK" = 0 ] || [ ! -f dist/index.html ]; then
  "$ROOT/scripts/build.sh" --dist dist >/dev/null
fi
# A timeline of 2,000 synthetic events, for its clicks (the bench's own Trunk build is reused).
source "$ROOT/scripts/site.sh"
[ -f target/trunk/index.html ] || build_app >/dev/null
write_synthetic_timeline 2000 "$ROOT/target/dist-synthetic-2000" >/dev/null
node bench/bench.mjs --dist dist --synthetic target/dist-synthetic-2000 "${ARGS[@]+"${ARGS[@]}"}"

stage "bench: Lighthouse (mobile)"
node bench/lighthouse.mjs --dist dist

stage "bench: side by side with TimelineJS and Leaflet (phone, slow 4G, 4x CPU)"
node bench/compare.mjs --dist dist

# What the wasm is made of: the same release build as Trunk's (so cargo reuses it), read
# after wasm-bindgen and before wasm-opt, which drops the function names.
stage "bench: the wasm's top contributors (twiggy)"
ensure_twiggy
cargo build --quiet --release --target wasm32-unknown-unknown --bin wego10-islands --no-default-features --features islands
wasm-bindgen --target web --out-dir target/twiggy-islands "${CARGO_TARGET_DIR:-$ROOT/target}/wasm32-unknown-unknown/release/wego10-islands.wasm"
twiggy top -n 100000 -f csv target/twiggy-islands/wego10-islands_bg.wasm >target/twiggy-islands-top.csv
node bench/contributors.mjs target/twiggy-islands-top.csv

# The framework's floor: the smallest app built like ours, through the same wasm-bindgen
# and wasm-opt -Oz as Trunk's build (index.html), so the two sizes compare.
stage "bench: the framework floor (bench/floor)"
cargo build --quiet --release --target wasm32-unknown-unknown --manifest-path bench/floor/Cargo.toml \
  --target-dir "${CARGO_TARGET_DIR:-$ROOT/target}"
wasm-bindgen --target web --out-dir target/floor "${CARGO_TARGET_DIR:-$ROOT/target}/wasm32-unknown-unknown/release/wego10-floor.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  target/floor/wego10-floor_bg.wasm -o target/floor/floor-opt.wasm
node bench/floor.mjs target/floor/floor-opt.wasm dist
