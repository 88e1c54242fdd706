//! The app's side of its URLs: the deploy's base path, read from the document, whether
//! this page is an embed, and the `href` helper all internal links go through. The
//! paths themselves are `wego10_core::routes`.

use std::sync::OnceLock;

pub use wego10_core::routes::*;

use crate::embed::{embed_options, item_param_path, EmbedOptions};

/// The deploy's base path: "" at the root, "/wego10" under a sub-path. Read once
/// from `<base href>`, which Trunk writes from its `public_url`.
pub fn base_path() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(read_base_path)
}

fn read_base_path() -> String {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return String::new();
    };
    match doc.query_selector("base[href]").ok().flatten() {
        Some(base) => normalize_base(&base.get_attribute("href").unwrap_or_default()),
        None => String::new(),
    }
}

/// How this page was opened as an embed (`<base>/embed/…`), or None for the full site.
/// Decided once: an embed is a page load of its own.
pub fn embed() -> Option<&'static EmbedOptions> {
    static EMBED_OPTIONS: OnceLock<Option<EmbedOptions>> = OnceLock::new();
    EMBED_OPTIONS.get_or_init(read_embed).as_ref()
}

fn read_embed() -> Option<EmbedOptions> {
    let location = web_sys::window()?.location();
    let path = location.pathname().ok()?;
    let path = path.strip_prefix(base_path()).unwrap_or(&path);
    embed_options(path, &location.search().unwrap_or_default())
}

/// Turns `<base>/embed/<section>?item=<item>` into `<base>/embed/<section>/<item>` in
/// place (no reload), before the router reads the URL.
pub fn apply_embed_item_param() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    let app_path = path.strip_prefix(base_path()).unwrap_or(&path);
    if let (Some(to), Ok(history)) = (item_param_path(app_path, &search), window.history()) {
        let url = format!("{}{to}{}", base_path(), location.hash().unwrap_or_default());
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The router's base: the deploy's base path, plus "/embed" in an embed, so the
/// same routes serve both and every link stays on its side.
pub fn router_base() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| match embed() {
        Some(_) => format!("{}{EMBED}", base_path()),
        None => base_path().to_owned(),
    })
}

/// An app path as a link href, with the router's base path in front.
pub fn href(path: &str) -> String {
    join(router_base(), path)
}

/// The link to an app path on the full site (never the embed), e.g. "Open in WeGO 10".
pub fn full_site_href(path: &str) -> String {
    join(base_path(), path)
}

/// The absolute URL of an app path on the full site, on this page's origin.
pub fn absolute_url(path: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", full_site_href(path))
}
