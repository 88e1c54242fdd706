#!/usr/bin/env bash
# The whole test suite: lints, native tests, the release build (served at / and at a
# sub-path), and the browser tests in headless Chromium against it. Installs whatever is
# missing. Arguments go to Playwright (e.g. -g "sub-path"). Prints each stage's time.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
source "$ROOT/scripts/site.sh"
bootstrap_all
cd "$ROOT"
mkdir -p target

stage "setup failures (tests/bootstrap.sh)"
bash tests/bootstrap.sh | tee target/bootstrap-tests.log

stage "lint: cargo fmt"
cargo fmt --all -- --check
stage "lint: clippy, native (workspace)"
cargo clippy --workspace --all-targets --quiet -- -D warnings
stage "lint: clippy, the islands for wasm32"
cargo clippy --target wasm32-unknown-unknown -p wego10 --features islands --quiet -- -D warnings

stage "native tests"
cargo test --workspace --quiet 2>&1 | tee target/native-tests.log

stage "build: the islands (trunk, release)"
build_app
# The site's public address is where the browser tests serve it (playwright.config.ts).
port="${WEGO_E2E_PORT:-4173}"
stage "build: the site at /"
write_site / "$ROOT/dist" "http://127.0.0.1:$port"
stage "build: the site at /wego10/"
write_site /wego10/ "$ROOT/target/dist-sub" "http://127.0.0.1:$((port + 1))/wego10"

stage "build: a timeline of 450 synthetic events"
write_synthetic_timeline 450 "$ROOT/target/dist-synthetic"
stage "browser tests (headless Chromium)"
status=0
npx playwright test "$@" || status=$?

native=$(awk '/^test result:/ {p+=$4; f+=$6} END {print p+0, f+0}' target/native-tests.log)
e2e=$(node -e 'const r=require("./target/e2e-results.json").stats; console.log((r.expected||0)+(r.flaky||0), r.unexpected||0)' 2>/dev/null || echo "0 1")
boot=$(sed -n 's/^bootstrap: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' target/bootstrap-tests.log)
read -r bp bf <<<"${boot:-0 1}"
np=0 nf=0
read -r np nf <<<"$native"
np=$((np + bp)) nf=$((nf + bf))
read -r ep ef <<<"$e2e"
echo "native (and setup): $np passed, $nf failed"
echo "browser: $ep passed, $ef failed"
echo "all: $((np + ep)) passed, $((nf + ef)) failed"
exit $status
