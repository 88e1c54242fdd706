//! Every URL of the app lives here: route paths, the base path of a sub-path
//! deploy, and the `href` helper that all internal links go through.
//!
//! `<A href="/x">` is not prefixed with the router base, while `use_navigate` is:
//! links use `href(...)`, navigation uses the plain paths (`timeline_event(...)`).

use std::sync::OnceLock;

use crate::embed::EmbedOptions;
#[cfg(target_arch = "wasm32")]
use crate::embed::{embed_options, item_param_path};

/// The deploy's base path: "" at the root, "/wego10" under a sub-path. Read once
/// from `<base href>`, which Trunk writes from its `public_url`.
pub fn base_path() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(read_base_path)
}

#[cfg(target_arch = "wasm32")]
fn read_base_path() -> String {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return String::new();
    };
    match doc.query_selector("base[href]").ok().flatten() {
        Some(base) => normalize_base(&base.get_attribute("href").unwrap_or_default()),
        None => String::new(),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn read_base_path() -> String {
    String::new()
}

/// "/" → "", "/wego10/" → "/wego10", "https://x.org/wego10/" → "/wego10".
pub fn normalize_base(href: &str) -> String {
    let path = match href.find("://") {
        Some(i) => href[i + 3..].find('/').map_or("/", |j| &href[i + 3 + j..]),
        None => href,
    };
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else if trimmed.starts_with('/') {
        trimmed.to_owned()
    } else {
        format!("/{trimmed}")
    }
}

/// How this page was opened as an embed (`<base>/embed/…`), or None for the full site.
/// Decided once: an embed is a page load of its own.
pub fn embed() -> Option<&'static EmbedOptions> {
    static EMBED: OnceLock<Option<EmbedOptions>> = OnceLock::new();
    EMBED.get_or_init(read_embed).as_ref()
}

#[cfg(target_arch = "wasm32")]
fn read_embed() -> Option<EmbedOptions> {
    let location = web_sys::window()?.location();
    let path = location.pathname().ok()?;
    let path = path.strip_prefix(base_path()).unwrap_or(&path);
    embed_options(path, &location.search().unwrap_or_default())
}

#[cfg(not(target_arch = "wasm32"))]
fn read_embed() -> Option<EmbedOptions> {
    None
}

/// Turns `<base>/embed/<section>?item=<item>` into `<base>/embed/<section>/<item>` in
/// place (no reload), before the router reads the URL.
#[cfg(target_arch = "wasm32")]
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

/// Percent-encodes a query value (everything but unreserved characters).
pub fn encode_query_value(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push_str("%20"),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// `path?k=v&…` with the non-empty pairs, in order.
pub fn with_query(path: &str, pairs: &[(&str, &str)]) -> String {
    let query: Vec<String> = pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", encode_query_value(v)))
        .collect();
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

pub fn join(base: &str, path: &str) -> String {
    format!("{base}{path}")
}

pub const HOME: &str = "/";
pub const TIMELINE: &str = "/timeline";
pub const OFFICES: &str = "/offices";
pub const AWARDS: &str = "/awards";
/// The chrome-less views for other sites' iframes live under this prefix.
pub const EMBED: &str = "/embed";

pub fn timeline_event(slug: &str) -> String {
    format!("{TIMELINE}/{slug}")
}

pub fn office(slug: &str) -> String {
    format!("{OFFICES}/{slug}")
}

pub fn awards_edition(edition: &str) -> String {
    format!("{AWARDS}/{edition}")
}

pub fn award_winner(edition: &str, slug: &str) -> String {
    format!("{AWARDS}/{edition}/{slug}")
}

/// The absolute URL of an app path on the full site, on this page's origin.
pub fn absolute_url(path: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", full_site_href(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_is_normalized() {
        assert_eq!(normalize_base("/"), "");
        assert_eq!(normalize_base(""), "");
        assert_eq!(normalize_base("/wego10/"), "/wego10");
        assert_eq!(normalize_base("/a/b"), "/a/b");
        assert_eq!(normalize_base("https://x.org/wego10/"), "/wego10");
        assert_eq!(normalize_base("https://x.org"), "");
        assert_eq!(normalize_base("wego10/"), "/wego10");
    }

    #[test]
    fn queries_are_encoded_and_empty_values_dropped() {
        assert_eq!(
            with_query("/timeline", &[("category", "awards"), ("q", "")]),
            "/timeline?category=awards"
        );
        assert_eq!(
            with_query("/timeline", &[("q", "São Paulo & co")]),
            "/timeline?q=S%C3%A3o%20Paulo%20%26%20co"
        );
        assert_eq!(with_query("/t", &[]), "/t");
    }

    #[test]
    fn hrefs_carry_the_base() {
        assert_eq!(join("", &timeline_event("x")), "/timeline/x");
        assert_eq!(
            join("/wego10", &award_winner("4th", "jeju")),
            "/wego10/awards/4th/jeju"
        );
        assert_eq!(join("/wego10", HOME), "/wego10/");
        assert_eq!(office("chengdu"), "/offices/chengdu");
        assert_eq!(awards_edition("4th"), "/awards/4th");
    }
}
