#!/usr/bin/env bash
# Sourced after bootstrap.sh by build.sh, test.sh and bench/run.sh: the two stages of
# the site build.
#   build_app                  Trunk's release build of the islands, once, for "/", into
#                              target/trunk (the same for every public URL)
#   write_site URL DIST [SITE] the native site-pages step: copies that build into DIST
#                              pointed at the public URL URL, and writes the page of every
#                              route and item, their embed views and preview cards
#   write_synthetic_timeline N DIST
#                              the timeline pages (/timeline and its last event) of a site
#                              whose timeline has N synthetic events, at /, for the tests
#                              and the bench of a large timeline

TRUNK_OUT="$ROOT/target/trunk"

build_app() {
  (cd "$ROOT" && trunk build --release --offline --public-url / --dist "$TRUNK_OUT")
}

write_site() { # public_url dist [site_url]
  local args=(--from "$TRUNK_OUT" --dist "$2" --public-url "$1")
  [ -n "${3:-}" ] && args+=(--site-url "$3")
  # The dev profile: the card renderer's crates are optimised there too (Cargo.toml), and
  # it reuses what `cargo test` built instead of a second, release, native build.
  (cd "$ROOT" && cargo run --quiet -p wego10-site --bin site-pages -- "${args[@]}")
}

write_synthetic_timeline() { # events dist
  local data="$ROOT/target/synthetic-data-$1"
  node "$ROOT/tests/fixtures/synthetic-timeline.mjs" "$1" "$data"
  (cd "$ROOT" && cargo run --quiet -p wego10-site --bin site-pages -- --from "$TRUNK_OUT" \
    --data "$data" --dist "$2" --public-url / \
    --only "/timeline,/timeline/synthetic-$(($1 - 1))")
}
