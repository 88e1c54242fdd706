#!/usr/bin/env bash
# Builds the deployable static site, in two stages: Trunk's release build of the islands,
# then the native site-pages step that writes a page for every route and item.
#   scripts/build.sh [--public-url /wego10/] [--dist DIR] [--site-url URL]
# --public-url  where the site lives on its host: "/" (default) or a sub-path such as /wego10/
# --dist        output folder (default: dist)
# --site-url    the site's public address, for canonical URLs and share previews,
#               e.g. https://wego10.example.org or https://example.org/wego10
#               (default: $WEGO_SITE_URL, else http://127.0.0.1:8080 plus the public URL)
# The output works on any static host: every route has its own index.html, and 404.html
# answers any other address (it opens the page of a section for an unknown item of it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
source "$ROOT/scripts/site.sh"

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
case "$DIST" in /*) ;; *) DIST="$PWD/$DIST" ;; esac

bootstrap_build
stage "build: the islands (trunk, release)"
build_app
stage "build: the site's pages for $PUBLIC_URL into $DIST"
write_site "$PUBLIC_URL" "$DIST" "$SITE_URL"
