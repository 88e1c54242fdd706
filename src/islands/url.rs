//! The address bar, for the behaviours: its query, and history entries.

use leptos::prelude::window;
use wasm_bindgen::JsValue;

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
}

/// `url` in place of the current history entry.
pub fn replace(url: &str) {
    if let Ok(h) = window().history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(url));
    }
}
