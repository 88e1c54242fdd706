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
node bench/bench.mjs --dist dist "${ARGS[@]+"${ARGS[@]}"}"
