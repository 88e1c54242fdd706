//! Embeds: the chrome-less views under `/embed/…` that member sites put in an
//! iframe, the snippets that "Embed this" hands out, and the URL logic both sides of
//! the iframe share (embed.js mirrors the same rules in public/embed.js).
//!
//! An embed is a whole page load of its own, so whether this page is one is decided
//! once, from its URL; the router then runs under `<base>/embed`, and every
//! internal link and navigation stays inside the embed.

use crate::routes::encode_query_value;
use crate::text::escape_html as escape_attr;

/// How an embed was asked to look, from its URL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Tighter spacing, no introductions.
    pub compact: bool,
    /// No page background: the host page shows through.
    pub transparent: bool,
    /// The host page's origin, given by embed.js: messages go only there, and
    /// only messages from there are heard.
    pub host_origin: Option<String>,
    /// The theme the embed shows.
    pub theme: Theme,
}

/// An embed's theme: the visitor's (their system's preference), or fixed by the host.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The value of `data-theme` and of the embed's `theme` parameter.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// A `theme` value; anything else is the visitor's.
    pub fn parse(value: &str) -> Theme {
        Theme::ALL
            .into_iter()
            .find(|t| t.as_str() == value)
            .unwrap_or_default()
    }

    /// The CSS `color-scheme` of a page (or an iframe) that shows this theme: the two
    /// must match for a transparent iframe to be transparent.
    pub fn color_scheme(self) -> &'static str {
        match self {
            Theme::Auto => "light dark",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

impl EmbedOptions {
    /// The classes of the embed's `<html>`: "embed", plus "embed--compact",
    /// "embed--transparent" and "theme-light" or "theme-dark" as asked (public/
    /// embed-options.js sets the same before the first paint).
    pub fn html_classes(&self) -> Vec<&'static str> {
        let mut classes = vec!["embed"];
        if self.compact {
            classes.push("embed--compact");
        }
        if self.transparent {
            classes.push("embed--transparent");
        }
        match self.theme {
            Theme::Auto => {}
            Theme::Light => classes.push("theme-light"),
            Theme::Dark => classes.push("theme-dark"),
        }
        classes
    }
}

/// The page that embeds this view, as embed.js reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostPage {
    pub url: String,
    /// The query parameter that holds this embed's item on the host page.
    pub param: String,
}

impl HostPage {
    /// The host page's link to `item` ("" for the section).
    pub fn share_url(&self, item: &str) -> String {
        host_share_url(&self.url, &self.param, item)
    }
}

/// The prefix of the iframe's `name` under which embed.js keeps the embed's query: the
/// name stays with the frame when a link inside it loads another page.
pub const FRAME_NAME_PREFIX: &str = "wego10?";

/// The embed options of a page: from its own query, else (a page loaded by a link inside
/// the iframe, before the app took over) from the iframe's name that embed.js set.
pub fn embed_options_in_frame(path: &str, query: &str, frame_name: &str) -> Option<EmbedOptions> {
    let own = embed_options(path, query)?;
    if own.host_origin.is_some() {
        return Some(own);
    }
    match frame_name.strip_prefix(FRAME_NAME_PREFIX) {
        Some(saved) => embed_options(path, saved),
        None => Some(own),
    }
}

/// `Some` when `path` (the pathname after the deploy's base path) is an embed view.
pub fn embed_options(path: &str, query: &str) -> Option<EmbedOptions> {
    if path != "/embed" && !path.starts_with("/embed/") {
        return None;
    }
    let mut options = EmbedOptions::default();
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let on = matches!(value, "" | "1" | "true");
        match key {
            "compact" => options.compact = on,
            "transparent" => options.transparent = on,
            "origin" => options.host_origin = valid_origin(&percent_decode(value)),
            "theme" => options.theme = Theme::parse(value),
            _ => {}
        }
    }
    Some(options)
}

/// `/embed/<section>?item=<item>` is the same view as `/embed/<section>/<item>`: the
/// path form to go to (other query parameters kept), or None when there is no
/// `item` or it is not a slug path ("x" or "4th/x").
pub fn item_param_path(path: &str, query: &str) -> Option<String> {
    let section = path.strip_prefix("/embed/")?.trim_end_matches('/');
    if section.is_empty() || section.contains('/') {
        return None;
    }
    let mut item = None;
    let mut rest = Vec::new();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        match pair.strip_prefix("item=") {
            Some(value) => item = Some(percent_decode(value)),
            None => rest.push(pair),
        }
    }
    let item = item?;
    let slug_path = !item.is_empty()
        && item.split('/').count() <= 2
        && item.split('/').all(|s| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        });
    if !slug_path {
        return None;
    }
    let query = if rest.is_empty() {
        String::new()
    } else {
        format!("?{}", rest.join("&"))
    };
    Some(format!("/embed/{section}/{item}{query}"))
}

/// "https://city.example" or "http://127.0.0.1:8000": a scheme, a host, maybe a
/// port, and nothing else (no path, no "*").
pub fn valid_origin(origin: &str) -> Option<String> {
    let rest = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))?;
    let ok = !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    ok.then(|| origin.to_owned())
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The item part of an app path, as embed.js keeps it in the host page's URL:
/// "/timeline/x" → "x", "/awards/4th/jeju" → "4th/jeju", "/timeline" → "".
pub fn item_of(path: &str) -> String {
    let path = path.trim_matches('/');
    path.split_once('/')
        .map_or(String::new(), |(_, item)| item.to_owned())
}

/// The section of an app path: "/awards/4th" → "awards".
pub fn section_of(path: &str) -> &str {
    path.trim_start_matches('/').split('/').next().unwrap_or("")
}

/// The name of the host page's query parameter that holds a section's item.
pub fn host_param(section: &str) -> String {
    format!("wego10-{section}")
}

/// The host page's URL with `param` set to `item` (or removed when empty), other
/// parameters and the fragment kept: the link that reopens this item on the host.
pub fn host_share_url(host_url: &str, param: &str, item: &str) -> String {
    let (rest, fragment) = match host_url.split_once('#') {
        Some((r, f)) => (r, Some(f)),
        None => (host_url, None),
    };
    let (base, query) = rest.split_once('?').unwrap_or((rest, ""));
    let mut pairs: Vec<String> = query
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(param))
        .map(str::to_owned)
        .collect();
    if !item.is_empty() {
        // Slashes stay readable, as URLSearchParams would not keep them; both parse.
        pairs.push(format!(
            "{param}={}",
            encode_query_value(item).replace("%2F", "/")
        ));
    }
    let mut url = base.to_owned();
    if !pairs.is_empty() {
        url.push('?');
        url.push_str(&pairs.join("&"));
    }
    if let Some(f) = fragment {
        url.push('#');
        url.push_str(f);
    }
    url
}

/// What "Embed this" offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnippetOptions {
    pub item: String,
    pub compact: bool,
    pub transparent: bool,
    pub theme: Theme,
}

/// The two snippets for a section: embed.js with a placeholder (resizes itself,
/// keeps deep links), and a plain iframe at a fixed height for sites that allow no
/// script. `site` is the app's absolute base URL without a trailing slash.
pub fn snippets(site: &str, section: &str, title: &str, o: &SnippetOptions) -> (String, String) {
    let mut attrs = format!("data-wego10-embed=\"{section}\"");
    let mut query = Vec::new();
    if !o.item.is_empty() {
        attrs.push_str(&format!(" data-item=\"{}\"", escape_attr(&o.item)));
    }
    if o.compact {
        attrs.push_str(" data-compact");
        query.push("compact=1");
    }
    if o.transparent {
        attrs.push_str(" data-transparent");
        query.push("transparent=1");
    }
    let theme = format!("theme={}", o.theme.as_str());
    if o.theme != Theme::Auto {
        attrs.push_str(&format!(" data-theme=\"{}\"", o.theme.as_str()));
        query.push(&theme);
    }
    let item_path = if o.item.is_empty() {
        String::new()
    } else {
        format!("/{}", o.item)
    };
    let full = format!("{site}/{section}{item_path}");
    let script = format!(
        "<div {attrs}>\n  <a href=\"{}\">WeGO 10: {}</a>\n</div>\n<script src=\"{site}/embed.js\" async></script>",
        escape_attr(&full),
        escape_attr(title)
    );
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{}", query.join("&"))
    };
    let iframe = format!(
        "<iframe src=\"{}\" title=\"WeGO 10: {}\" loading=\"lazy\" style=\"width:100%;height:640px;border:0;color-scheme:{}\"></iframe>",
        escape_attr(&format!("{site}/embed/{section}{item_path}{query}")),
        escape_attr(title),
        o.theme.color_scheme()
    );
    (script, iframe)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_loaded_inside_the_frame_keeps_the_frames_embed_options() {
        let name = "wego10?origin=https%3A%2F%2Fcity.example&compact=1";
        let o = embed_options_in_frame("/embed/timeline/x", "", name).unwrap();
        assert_eq!(o.host_origin.as_deref(), Some("https://city.example"));
        assert!(o.compact);
        // The page's own query wins; a foreign frame name is ignored.
        let own =
            embed_options_in_frame("/embed/timeline", "?origin=https%3A%2F%2Fa.example", name)
                .unwrap();
        assert_eq!(own.host_origin.as_deref(), Some("https://a.example"));
        assert_eq!(
            embed_options_in_frame("/embed/x", "", "other")
                .unwrap()
                .host_origin,
            None
        );
        assert_eq!(embed_options_in_frame("/timeline", "", name), None);
    }

    #[test]
    fn only_embed_paths_are_embeds_and_their_options_are_read() {
        assert_eq!(embed_options("/timeline", ""), None);
        assert_eq!(embed_options("/embedded", ""), None);
        assert_eq!(
            embed_options("/embed/timeline/x", ""),
            Some(EmbedOptions::default())
        );
        let o = embed_options(
            "/embed/awards",
            "?compact=1&transparent&origin=https%3A%2F%2Fcity.example%3A8443",
        )
        .unwrap();
        assert!(o.compact && o.transparent);
        assert_eq!(o.host_origin.as_deref(), Some("https://city.example:8443"));
        let o = embed_options("/embed/awards", "compact=0&origin=*").unwrap();
        assert!(!o.compact);
        assert_eq!(o.host_origin, None, "a wildcard is not an origin");
    }

    #[test]
    fn an_item_parameter_becomes_the_item_path() {
        assert_eq!(
            item_param_path("/embed/timeline", "?item=ga-2010&compact=1").as_deref(),
            Some("/embed/timeline/ga-2010?compact=1")
        );
        assert_eq!(
            item_param_path("/embed/awards/", "item=4th%2Fjeju").as_deref(),
            Some("/embed/awards/4th/jeju")
        );
        assert_eq!(item_param_path("/embed/timeline", "compact=1"), None);
        assert_eq!(item_param_path("/embed/timeline/x", "item=y"), None);
        assert_eq!(item_param_path("/embed/timeline", "item=../../x"), None);
        assert_eq!(
            item_param_path("/embed/timeline", "item=%3Cscript%3E"),
            None
        );
        assert_eq!(item_param_path("/timeline", "item=x"), None);
    }

    #[test]
    fn origins_have_no_path_and_a_web_scheme() {
        assert!(valid_origin("http://127.0.0.1:4176").is_some());
        assert!(valid_origin("https://city.example/page").is_none());
        assert!(valid_origin("javascript:alert(1)").is_none());
        assert!(valid_origin("https://").is_none());
        assert!(valid_origin("null").is_none());
    }

    #[test]
    fn items_and_sections_of_paths() {
        assert_eq!(item_of("/timeline/inaugural-ga"), "inaugural-ga");
        assert_eq!(item_of("/awards/4th/jeju"), "4th/jeju");
        assert_eq!(item_of("/offices"), "");
        assert_eq!(section_of("/awards/4th"), "awards");
        assert_eq!(host_param("timeline"), "wego10-timeline");
    }

    #[test]
    fn the_host_url_carries_the_item_and_keeps_the_rest() {
        assert_eq!(
            host_share_url(
                "https://city.example/wego?lang=en#history",
                "wego10-timeline",
                "ga-2010"
            ),
            "https://city.example/wego?lang=en&wego10-timeline=ga-2010#history"
        );
        assert_eq!(
            host_share_url(
                "https://c.example/p?wego10-awards=old&a=1",
                "wego10-awards",
                "4th/jeju"
            ),
            "https://c.example/p?a=1&wego10-awards=4th/jeju"
        );
        assert_eq!(
            host_share_url("https://c.example/p?wego10-awards=old", "wego10-awards", ""),
            "https://c.example/p"
        );
    }

    #[test]
    fn snippets_for_the_script_and_the_plain_iframe() {
        let (script, iframe) = snippets(
            "https://x.org/wego10",
            "timeline",
            "the timeline of WeGO (#BACKTRACK)",
            &SnippetOptions {
                item: "ga-2010".into(),
                compact: true,
                transparent: false,
                theme: Theme::Auto,
            },
        );
        assert!(script.starts_with(
            "<div data-wego10-embed=\"timeline\" data-item=\"ga-2010\" data-compact>"
        ));
        assert!(script.contains("<a href=\"https://x.org/wego10/timeline/ga-2010\">"));
        assert!(script.ends_with("<script src=\"https://x.org/wego10/embed.js\" async></script>"));
        assert!(iframe.contains("src=\"https://x.org/wego10/embed/timeline/ga-2010?compact=1\""));
        assert!(iframe.contains("title=\"WeGO 10: the timeline of WeGO (#BACKTRACK)\""));
        assert!(iframe.contains("height:640px"));
        let (script, iframe) = snippets(
            "https://x.org",
            "offices",
            "map",
            &SnippetOptions {
                item: String::new(),
                compact: false,
                transparent: true,
                theme: Theme::Dark,
            },
        );
        assert!(script.starts_with(
            "<div data-wego10-embed=\"offices\" data-transparent data-theme=\"dark\">"
        ));
        assert!(iframe.contains("src=\"https://x.org/embed/offices?transparent=1&amp;theme=dark\""));
        // The frame's colour scheme is the theme's: a transparent frame stays transparent.
        assert!(iframe.contains("color-scheme:dark\""));
    }

    #[test]
    fn the_theme_comes_from_the_url_and_names_a_class() {
        let o = embed_options("/embed/timeline", "?theme=dark&transparent=1").unwrap();
        assert_eq!(o.theme, Theme::Dark);
        assert_eq!(
            o.html_classes(),
            ["embed", "embed--transparent", "theme-dark"]
        );
        assert_eq!(
            embed_options("/embed/awards", "theme=light")
                .unwrap()
                .html_classes(),
            ["embed", "theme-light"]
        );
        assert_eq!(
            embed_options("/embed/awards", "theme=purple")
                .unwrap()
                .theme,
            Theme::Auto
        );
        assert_eq!(Theme::Auto.color_scheme(), "light dark");
    }
}
