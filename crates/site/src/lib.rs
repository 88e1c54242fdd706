//! WeGO 10's native site tools: the static page of every route and item, the share
//! preview cards, and the world map's land outline. Run after `trunk build` by
//! scripts/build.sh; never compiled into the browser app.

pub mod cards;
pub mod land;
pub mod pages;
pub mod precompress;
pub mod prerender;
pub mod stylesheet;

/// The project's root folder (where public/ and node_modules/ are).
pub fn project_root() -> &'static std::path::Path {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .and_then(std::path::Path::parent)
        .expect("crates/site is two levels below the root")
}
