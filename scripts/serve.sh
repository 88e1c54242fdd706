#!/usr/bin/env bash
# Builds the site and serves it on http://127.0.0.1:8080 as a static host would (installs
# whatever is missing first), and builds it again when a source file changes: reload the
# page when the terminal says it is done. A build that fails (a data file that does not
# validate, a compile error) says why and leaves the last good site served.
#   scripts/serve.sh [--port N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
source "$ROOT/scripts/site.sh"
PORT=8080
[ "${1:-}" = "--port" ] && PORT="$2"
bootstrap_build
cd "$ROOT"

build() {
  build_app && write_site / "$ROOT/dist" "http://127.0.0.1:$PORT"
}

# The sources a build reads: a change to any of them starts a new build.
sources() {
  find src crates/*/src style public index.html Cargo.toml -type f -printf '%T@ %p\n' 2>/dev/null | sort | cksum
}

stage "build: the site (trunk, release, then its pages)"
build
stage "serve: http://127.0.0.1:$PORT (Ctrl+C to stop)"
node tests/e2e/server.mjs --root dist --port "$PORT" &
server=$!
trap 'kill "$server" 2>/dev/null' EXIT
print_stages
say "serving http://127.0.0.1:$PORT; a change to src/, crates/, style/, public/ or index.html builds again"
last="$(sources)"
while sleep 2; do
  now="$(sources)"
  [ "$now" = "$last" ] && continue
  last="$now"
  say "a source changed: building again"
  if build; then say "built: reload the page"; else say "the build failed (above): the last good site is still served"; fi
done
