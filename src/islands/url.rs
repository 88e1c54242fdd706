//! The address bar, for the behaviours: its query, the app path, and history entries
//! (each change announced to the other behaviours as a `wego10:url` event on `window`).

use leptos::prelude::{document, window};
use wasm_bindgen::JsValue;
use wego10_core::routes::{normalize_base, EMBED};

/// The name of the event a behaviour sends on `window` when it changes the address.
pub const CHANGED: &str = "wego10:url";

/// The deploy's base path, from `<base href>`: "" at the root, "/wego10" under a sub-path.
pub fn base_path() -> String {
    document()
        .query_selector("base[href]")
        .ok()
        .flatten()
        .and_then(|b| b.get_attribute("href"))
        .map(|href| normalize_base(&href))
        .unwrap_or_default()
}

/// The address's path under the deploy's base path ("/embed/members/seoul").
pub fn path_under_base() -> String {
    let path = window().location().pathname().unwrap_or_default();
    let base = base_path();
    path.strip_prefix(base.as_str()).unwrap_or(&path).to_owned()
}

/// The item the address names under `section` (a section's path with the base path,
/// "/wego10/members"): "seoul", "4th/jeju"; None on the section's own page or elsewhere.
pub fn item_under(section: &str) -> Option<String> {
    let path = window().location().pathname().ok()?;
    let rest = path.strip_prefix(section)?.strip_prefix('/')?;
    (!rest.is_empty()).then(|| decode(rest.trim_end_matches('/')))
}

/// The app path of the address ("/members/seoul"), without the base path and, in an
/// embed, without "/embed".
pub fn app_path() -> String {
    let path = path_under_base();
    let path = path.strip_prefix(EMBED).unwrap_or(&path);
    match path.trim_end_matches('/') {
        "" => "/".to_owned(),
        p => decode(p),
    }
}

/// Turns `<base>/embed/<section>?item=<item>` (embed.js's plain link) into
/// `<base>/embed/<section>/<item>` in place, before the behaviours read the address.
pub fn apply_embed_item_param() {
    let location = window().location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    let base = base_path();
    let app = path.strip_prefix(base.as_str()).unwrap_or(&path);
    if let Some(to) = wego10_core::embed::item_param_path(app, &search) {
        let url = format!("{base}{to}{}", location.hash().unwrap_or_default());
        rewrite(&url);
    }
}

/// The `missing` value public/not-found.js puts in the address when it opens a page that
/// lists items in place of an unknown one under it; the address becomes the one the
/// visitor asked for again ("/members?missing=x&region=asia" → "/members/x?region=asia").
pub fn take_missing() -> Option<String> {
    let missing = query_value("missing")?;
    let location = window().location();
    let search = location.search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.delete("missing");
    let query = String::from(params.to_string());
    let path = location.pathname().ok()?;
    let url = format!(
        "{}/{}{}{query}{}",
        path.trim_end_matches('/'),
        js_sys::encode_uri_component(&missing),
        if query.is_empty() { "" } else { "?" },
        location.hash().unwrap_or_default()
    );
    rewrite(&url);
    Some(missing)
}

fn changed() {
    if let Ok(ev) = web_sys::Event::new(CHANGED) {
        let _ = window().dispatch_event(&ev);
    }
}

/// A value of the page's query; None when absent or empty.
pub fn query_value(key: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(key).filter(|v| !v.is_empty())
}

/// A path segment as text ("s%C3%A3o" → "são").
pub fn decode(segment: &str) -> String {
    js_sys::decode_uri_component(segment)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| segment.to_owned())
}

/// A new history entry for `url` (Back returns to the current one).
pub fn push(url: &str) {
    if let Ok(h) = window().history() {
        let _ = h.push_state_with_url(&JsValue::NULL, "", Some(url));
    }
    changed();
}

/// `url` in place of the current history entry.
pub fn replace(url: &str) {
    rewrite(url);
    changed();
}

/// `url` in place of the current history entry, before the behaviours read the address
/// (so no other behaviour is told).
fn rewrite(url: &str) {
    if let Ok(h) = window().history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(url));
    }
}
