#!/usr/bin/env bash
# Builds the app and serves it with live reload on http://127.0.0.1:8080
# (installs whatever is missing first). Extra arguments go to `trunk serve`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
bootstrap_build
cd "$ROOT"
stage "serve: trunk serve on http://127.0.0.1:8080 (Ctrl+C to stop)"
print_stages
trap - EXIT
exec trunk serve --offline "$@"
