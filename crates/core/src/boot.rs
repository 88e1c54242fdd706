//! What the site build tells the app in each page it renders, in a non-executable
//! `<script type="application/json" id="wego-boot">` block (a strict CSP allows it): the
//! page's URL path, the build year, and a fingerprint of each data file the render read.
//! The app takes the page over in place only when it is at that very URL and has
//! fetched the very same files; otherwise it renders afresh.

use serde::{Deserialize, Serialize};

/// The id of the block in the page.
pub const ELEMENT_ID: &str = "wego-boot";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boot {
    /// The URL path the page was rendered for, with the deploy's base: "/wego10/timeline".
    pub path: String,
    /// The year the site was built.
    pub year: u16,
    /// (file name, fingerprint as 16 hex digits) of each data file.
    pub data: Vec<(String, String)>,
    /// The kinds of the nodes under the app's root as the build wrote them
    /// (`takeover::node_kinds`).
    pub nodes: String,
}

impl Boot {
    /// The block's JSON, safe inside a `<script>` element (the browser reads it with
    /// `JSON.parse`, in the app's `data::read`).
    pub fn to_script_text(&self) -> String {
        serde_json::to_string(self)
            .expect("a boot block serializes")
            .replace("</", "<\\/")
    }

    /// True when a page at `path_and_query` is the page this block was rendered for:
    /// the same path (a trailing slash aside) and no query (a query such as a filter
    /// changes what the page shows).
    pub fn is_for(&self, path: &str, query: &str) -> bool {
        let trim = |p: &str| p.trim_end_matches('/').to_owned();
        query.trim_start_matches('?').is_empty() && trim(path) == trim(&self.path)
    }

    /// True when the fetched files are the ones the page was rendered from.
    pub fn same_data(&self, fetched: &[(&str, Option<u64>)]) -> bool {
        self.data.len() == fetched.len()
            && fetched.iter().all(|(file, print)| {
                print.is_some_and(|p| {
                    self.data
                        .iter()
                        .any(|(f, hex)| f == file && *hex == hex_fingerprint(p))
                })
            })
    }
}

pub fn hex_fingerprint(print: u64) -> String {
    format!("{print:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boot() -> Boot {
        Boot {
            path: "/wego10/timeline".into(),
            year: 2026,
            data: vec![
                ("a.json".into(), hex_fingerprint(1)),
                ("b.json".into(), hex_fingerprint(2)),
            ],
            nodes: "eet".into(),
        }
    }

    #[test]
    fn round_trips_and_is_safe_in_a_script_element() {
        let mut b = boot();
        b.path = "/x</script><script>".into();
        let text = b.to_script_text();
        assert!(!text.contains("</"));
        assert_eq!(serde_json::from_str::<Boot>(&text).unwrap(), b);
    }

    #[test]
    fn takes_over_only_its_own_page_with_its_own_data() {
        let b = boot();
        assert!(b.is_for("/wego10/timeline", ""));
        assert!(b.is_for("/wego10/timeline/", "?"));
        assert!(!b.is_for("/wego10/timeline", "?category=awards"));
        assert!(!b.is_for("/wego10/offices", ""));
        assert!(b.same_data(&[("a.json", Some(1)), ("b.json", Some(2))]));
        assert!(!b.same_data(&[("a.json", Some(1)), ("b.json", Some(3))]));
        assert!(!b.same_data(&[("a.json", Some(1)), ("b.json", None)]));
        assert!(!b.same_data(&[("a.json", Some(1))]));
    }
}
