#!/usr/bin/env bash
# The whole test suite: lints, native tests, the release build (at / and at a sub-path),
# and the browser tests in headless Chromium against it. Installs whatever is missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
bootstrap_all
cd "$ROOT"

say "formatting and lints"
cargo fmt --all -- --check
cargo clippy --all-targets --quiet -- -D warnings

say "native tests"
cargo test --quiet 2>&1 | tee target/native-tests.log

say "release builds"
"$ROOT/scripts/build.sh" --dist dist
"$ROOT/scripts/build.sh" --public-url /wego10/ --dist target/dist-sub

say "browser tests (headless Chromium)"
status=0
npx playwright test "$@" || status=$?

native=$(awk '/^test result:/ {p+=$4; f+=$6} END {print p+0, f+0}' target/native-tests.log)
e2e=$(node -e 'const r=require("./target/e2e-results.json").stats; console.log((r.expected||0)+(r.flaky||0), r.unexpected||0)' 2>/dev/null || echo "0 1")
read -r np nf <<<"$native"
read -r ep ef <<<"$e2e"
echo "native: $np passed, $nf failed"
echo "browser: $ep passed, $ef failed"
echo "all: $((np + ep)) passed, $((nf + ef)) failed"
exit $status
