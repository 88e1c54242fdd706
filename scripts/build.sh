#!/usr/bin/env bash
# Builds the deployable static site.
#   scripts/build.sh [--public-url /wego10/] [--dist DIR]
# --public-url  where the site lives on its host: "/" (default) or a sub-path such as /wego10/
# --dist        output folder (default: dist)
# --site-url    the site's public address, for canonical URLs and share previews,
#               e.g. https://wego10.example.org or https://example.org/wego10
#               (default: $WEGO_SITE_URL, else http://127.0.0.1:8080 plus the public URL)
# The output works on any static host: every route has its own index.html, and 404.html
# boots the app for any other deep link.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

PUBLIC_URL="/"
DIST="dist"
SITE_URL="${WEGO_SITE_URL:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --public-url) PUBLIC_URL="$2"; shift 2 ;;
    --dist) DIST="$2"; shift 2 ;;
    --site-url) SITE_URL="$2"; shift 2 ;;
    *) die "unknown option $1 (see the comment at the top of scripts/build.sh)" ;;
  esac
done
case "$PUBLIC_URL" in /*/ | /) ;; /*) PUBLIC_URL="$PUBLIC_URL/" ;; *) die "--public-url must start with /" ;; esac

bootstrap_build
cd "$ROOT"
say "building the release bundle for $PUBLIC_URL into $DIST/"
trunk build --release --offline --public-url "$PUBLIC_URL" --dist "$DIST"
site_args=(--dist "$DIST" --public-url "$PUBLIC_URL")
[ -n "$SITE_URL" ] && site_args+=(--site-url "$SITE_URL")
cargo run --quiet --release --bin site-pages -- "${site_args[@]}"
