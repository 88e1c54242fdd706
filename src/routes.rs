//! The site build's side of its URLs: the deploy's base path, whether the page is an
//! embed, and the `href` helper all internal links go through, for the page being
//! rendered. The paths themselves are `wego10_core::routes`.

use std::cell::RefCell;

pub use wego10_core::routes::*;

use crate::embed::EmbedOptions;

/// Where and how the page being rendered is served: the site build sets it for each
/// page it writes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Env {
    /// The deploy's base path: "" at the root, "/wego10" under a sub-path.
    pub base: String,
    /// How this page was opened as an embed (`<base>/embed/…`), or None for the full site.
    pub embed: Option<EmbedOptions>,
    /// The site's address without the base path ("https://example.org").
    pub origin: String,
    /// The year the site was built: the offices' year control ends there.
    pub year: u16,
}

thread_local! {
    static ENV: RefCell<Env> = RefCell::new(Env::default());
}

/// Sets where and how the page is served (see `Env`).
pub fn set_env(env: Env) {
    ENV.with(|e| *e.borrow_mut() = env);
}

fn with_env<R>(f: impl FnOnce(&Env) -> R) -> R {
    ENV.with(|e| f(&e.borrow()))
}

/// The deploy's base path: "" at the root, "/wego10" under a sub-path.
pub fn base_path() -> String {
    with_env(|e| e.base.clone())
}

/// How this page was opened as an embed, or None for the full site.
pub fn embed() -> Option<EmbedOptions> {
    with_env(|e| e.embed.clone())
}

/// The year the site was built.
pub fn build_year() -> u16 {
    with_env(|e| e.year)
}

/// The router's base: the deploy's base path, plus "/embed" in an embed, so the
/// same routes serve both and every link stays on its side.
pub fn router_base() -> String {
    with_env(|e| match e.embed {
        Some(_) => format!("{}{EMBED}", e.base),
        None => e.base.clone(),
    })
}

/// An app path as a link href, with the router's base path in front.
pub fn href(path: &str) -> String {
    join(&router_base(), path)
}

/// The link to an app path on the full site (never the embed), e.g. "Open in WeGO 10".
pub fn full_site_href(path: &str) -> String {
    join(&base_path(), path)
}

/// The absolute URL of an app path on the full site.
pub fn absolute_url(path: &str) -> String {
    with_env(|e| format!("{}{}{path}", e.origin, e.base))
}
