//! The app's side of its URLs: the deploy's base path, read from the document, whether
//! this page is an embed, and the `href` helper all internal links go through. The
//! paths themselves are `wego10_core::routes`.

use std::cell::RefCell;

pub use wego10_core::routes::*;

use crate::embed::{embed_options_in_frame, item_param_path, EmbedOptions};

/// Where and how this page is served. In the browser it is read from the page once,
/// when the app starts; the site build's render sets it for each page it writes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Env {
    /// The deploy's base path: "" at the root, "/wego10" under a sub-path.
    pub base: String,
    /// How this page was opened as an embed (`<base>/embed/…`), or None for the full site.
    pub embed: Option<EmbedOptions>,
    /// The site's address without the base path ("https://example.org"): the page's
    /// origin in the browser, the public address in the site build.
    pub origin: String,
    /// The year the site was built: the offices' year control ends there.
    pub year: u16,
    /// The page's behaviours are islands over its static HTML (`is_islands_page`): set
    /// by the site build for the pages it renders so; the page is never taken over whole.
    pub islands: bool,
}

impl Env {
    /// The page's own: `<base href>` (written by Trunk from its public URL), the
    /// location, and the build year the site build wrote into the page.
    pub fn from_page(year: u16) -> Env {
        let Some(window) = web_sys::window() else {
            return Env::default();
        };
        let location = window.location();
        let base = window
            .document()
            .and_then(|d| d.query_selector("base[href]").ok().flatten())
            .map(|b| normalize_base(&b.get_attribute("href").unwrap_or_default()))
            .unwrap_or_default();
        let path = location.pathname().unwrap_or_default();
        let path = path.strip_prefix(base.as_str()).unwrap_or(&path);
        let embed = embed_options_in_frame(
            path,
            &location.search().unwrap_or_default(),
            &window.name().unwrap_or_default(),
        );
        Env {
            base,
            embed,
            origin: location.origin().unwrap_or_default(),
            year,
            islands: false,
        }
    }
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

/// Whether this page's behaviours are islands (see `Env::islands`). Never in the whole
/// app's browser build, which takes over only the other pages: there the islands'
/// branches of the components are dead code, and the compiler leaves them out.
pub fn islands() -> bool {
    cfg!(not(feature = "hydrate")) && with_env(|e| e.islands)
}

/// The year the site was built.
pub fn build_year() -> u16 {
    with_env(|e| e.year)
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
    let base = base_path();
    let app_path = path.strip_prefix(base.as_str()).unwrap_or(&path);
    if let (Some(to), Ok(history)) = (item_param_path(app_path, &search), window.history()) {
        let url = format!("{base}{to}{}", location.hash().unwrap_or_default());
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
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
