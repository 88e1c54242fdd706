//! Every URL of the app: route paths, query strings and the normalisation of a
//! sub-path deploy's base. Pure functions, shared by the app and the site generator.
//!
//! `<A href="/x">` is not prefixed with the router base, while `use_navigate` is:
//! links use the app's `href(...)`, navigation uses these plain paths.

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
pub const MEMBERS: &str = "/members";
pub const PARTNERS: &str = "/partners";
pub const TEAM: &str = "/team";
/// The chrome-less views for other sites' iframes live under this prefix.
pub const EMBED: &str = "/embed";

/// The pages that list items: the parent of every other page ("/timeline" of
/// "/timeline/x", "/awards/4th" of "/awards/4th/y"), the home page aside, in the order
/// of `paths`. public/not-found.js opens one of them in place of an address under it
/// that is no page, and the page says which item it does not have.
pub fn item_list_pages<'a>(paths: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut lists: Vec<String> = Vec::new();
    for path in paths {
        if let Some((parent, _)) = path.rsplit_once('/') {
            if !parent.is_empty() && !lists.iter().any(|l| l == parent) {
                lists.push(parent.to_owned());
            }
        }
    }
    lists
}

/// A section's path with an item open ("/members/seoul"), or the section's own.
pub fn section_item(section: &str, slug: Option<&str>) -> String {
    match slug {
        Some(slug) => format!("{section}/{slug}"),
        None => section.to_owned(),
    }
}

pub fn timeline_event(slug: &str) -> String {
    format!("{TIMELINE}/{slug}")
}

pub fn office(slug: &str) -> String {
    format!("{OFFICES}/{slug}")
}

pub fn member(slug: &str) -> String {
    format!("{MEMBERS}/{slug}")
}

pub fn partner(slug: &str) -> String {
    format!("{PARTNERS}/{slug}")
}

pub fn person(slug: &str) -> String {
    format!("{TEAM}/{slug}")
}

pub fn awards_edition(edition: &str) -> String {
    format!("{AWARDS}/{edition}")
}

pub fn award_winner(edition: &str, slug: &str) -> String {
    format!("{AWARDS}/{edition}/{slug}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pages_that_list_items_are_the_parents_of_pages() {
        let paths = [
            "/",
            "/timeline",
            "/timeline/x",
            "/timeline/y",
            "/awards",
            "/awards/4th",
            "/awards/4th/jeju",
            "/team",
        ];
        assert_eq!(
            item_list_pages(paths),
            ["/timeline", "/awards", "/awards/4th"]
        );
        assert!(item_list_pages(["/", "/team"]).is_empty());
    }

    #[test]
    fn an_item_lives_under_its_section() {
        assert_eq!(section_item(MEMBERS, Some("seoul")), "/members/seoul");
        assert_eq!(section_item(TEAM, None), "/team");
        assert_eq!(section_item(PARTNERS, Some("undp")), partner("undp"));
    }

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
