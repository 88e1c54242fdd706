#!/usr/bin/env bash
# The setup's failures, as a user meets them: each missing piece stops the scripts with
# one line that says what is missing and how to provide it. Each case runs a step of
# scripts/bootstrap.sh on a PATH where that piece is absent (or too old), with a
# throw-away tools folder and home. Prints "N passed, M failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SANDBOX="$(mktemp -d)"
trap 'rm -rf "$SANDBOX"' EXIT
passed=0
failed=0

# A bin folder with the basic commands the scripts use, and nothing else.
BASIC="$SANDBOX/basic"
mkdir -p "$BASIC"
for c in bash sed awk sort head grep mkdir dirname date cmp id cat tr env sh timeout mktemp rm; do
  p="$(command -v "$c")" && ln -sf "$p" "$BASIC/$c"
done

fake() { # fake DIR NAME SCRIPT: a command NAME in DIR that runs SCRIPT
  mkdir -p "$1"
  printf '#!/bin/sh\n%s\n' "$3" >"$1/$2"
  chmod +x "$1/$2"
}

# expect NAME STEP PATH MESSAGE [ENV…]: STEP fails, printing MESSAGE on its last line.
expect() {
  local name="$1" step="$2" path="$3" message="$4"
  shift 4
  local out status
  out="$(env -i HOME="$SANDBOX/home" WEGO_TOOLS="$SANDBOX/tools" PATH="$path" "$@" \
    bash -c "source '$ROOT/scripts/bootstrap.sh'; trap - EXIT; $step" 2>&1)"
  status=$?
  local last
  last="$(printf '%s\n' "$out" | tail -n 1 | sed 's/\x1b\[[0-9;]*m//g')"
  if [ $status -ne 0 ] && [[ "$last" == *"$message"* ]]; then
    passed=$((passed + 1))
    echo "ok   $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name (exit $status)"
    printf '     %s\n' "$out"
  fi
}

# Node.js too old for Playwright.
fake "$SANDBOX/old-node" node 'echo v16.20.2'
expect "an old Node.js is named, with the version needed" ensure_node_packages \
  "$SANDBOX/old-node:$BASIC" "Node.js v16.20.2 is too old: the browser tests need Node 18 or newer"

# No Chromium, and no apt-get to install it.
expect "no Chromium and no apt-get: says to set CHROMIUM" ensure_chromium \
  "$BASIC" "no Chromium found and no apt-get to install it: install Chromium or Chrome and set CHROMIUM=/path/to/chrome"

# No rustup at all.
expect "no rustup: points at rustup.rs" ensure_toolchain \
  "$BASIC" "rustup is required: install it from https://rustup.rs and run this again"

# rustup cannot download, and PyPI (the offline fallback) is unreachable too.
OFFLINE="$SANDBOX/offline"
fake "$OFFLINE" rustup 'case "$1" in toolchain) exit 1 ;; *) exit 1 ;; esac'
fake "$OFFLINE" rustc 'exit 1'
fake "$OFFLINE" python3 'echo "ERROR: Could not find a version that satisfies the requirement" >&2; exit 1'
fake "$OFFLINE" zstd 'exit 0'
expect "no network and no fallback: says both failed and what to do" ensure_toolchain \
  "$OFFLINE:$BASIC" "could not download Rust: rustup's download failed and PyPI (the offline fallback) is unreachable"

# A pinned toolchain override that lacks the wasm target.
fake "$SANDBOX/old-rust" rustup 'exit 0'
fake "$SANDBOX/old-rust" rustc 'case "$1" in --version) echo "rustc 1.80.0 (x 2024-07-21)" ;; --print) echo /nonexistent ;; esac'
expect "WEGO_TOOLCHAIN without wasm32: says how to add it" ensure_toolchain \
  "$SANDBOX/old-rust:$BASIC" "WEGO_TOOLCHAIN=old needs rustc >= 1.96.1 with the wasm32-unknown-unknown target" WEGO_TOOLCHAIN=old

echo "bootstrap: $passed passed, $failed failed"
[ $failed -eq 0 ]
