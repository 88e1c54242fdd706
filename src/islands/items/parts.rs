//! The elements of a section the behaviour changes, found once at start (a query over a
//! page that holds 2,000 details costs milliseconds each time), and its list's entries.

use std::cell::OnceCell;

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};
use wego10_core::item_nav::passes_filters;
use wego10_core::text::Search;

use crate::dom::{elements, select};

/// The parts of the section the behaviour changes.
pub(super) struct Parts {
    pub(super) shell: Option<Element>,
    /// Each item's detail in the shell, and each item's link, by id.
    pub(super) details: Vec<(String, Element)>,
    pub(super) links: Vec<(String, Element)>,
    pub(super) groups: Vec<Element>,
    pub(super) chips: Vec<Element>,
    pub(super) search: Option<HtmlInputElement>,
    pub(super) count: Option<Element>,
    pub(super) empty: Option<Element>,
    pub(super) more: Option<Element>,
    /// The page's view of an unknown item (see `ui::not_found::NotFound`).
    pub(super) not_found: Option<Element>,
    /// Where the section's keys apply (the timeline's: not its filter bar).
    pub(super) scope: Element,
}

impl Parts {
    pub(super) fn find(root: &Element) -> Parts {
        let shell = select(root, "[data-shell]");
        let by_id = |root: &Element, selector: &str, attr: &str| -> Vec<(String, Element)> {
            elements(root, selector)
                .into_iter()
                .map(|el| (el.get_attribute(attr).unwrap_or_default(), el))
                .collect()
        };
        Parts {
            details: shell
                .as_ref()
                .map(|s| by_id(s, ":scope > [data-detail]", "data-detail"))
                .unwrap_or_default(),
            links: by_id(root, "[data-item-link]", "data-item-link"),
            groups: elements(root, ".item-list__group"),
            chips: elements(root, "[data-key]"),
            search: select(root, "input[type=search]").and_then(|f| f.dyn_into().ok()),
            count: select(root, ".filters__count"),
            empty: select(root, "[data-testid=no-results]"),
            more: select(root, "[data-more]"),
            not_found: document().query_selector("[data-not-found]").ok().flatten(),
            scope: select(root, "[data-keys-scope]").unwrap_or_else(|| root.clone()),
            shell,
        }
    }

    pub(super) fn detail(&self, id: &str) -> Option<Element> {
        self.details
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, d)| d.clone())
    }

    pub(super) fn link(&self, id: &str) -> Option<Element> {
        self.links
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, l)| l.clone())
    }
}

/// An entry of the list: its element, id, the filter values it has, what its search
/// looks in, and its year (the timeline).
pub(super) struct Entry {
    pub(super) el: Element,
    pub(super) id: String,
    pub(super) tags: String,
    /// Its `data-search` folded, read when a query first needs it: most visits never search.
    haystack: OnceCell<String>,
    pub(super) year: Option<u16>,
}

impl Entry {
    /// The entry the build wrote as `el`.
    pub(super) fn new(el: Element) -> Entry {
        let attr = |name: &str| el.get_attribute(name).unwrap_or_default();
        Entry {
            id: attr("data-id"),
            tags: attr("data-tags"),
            haystack: OnceCell::new(),
            year: attr("data-year").parse().ok(),
            el,
        }
    }

    /// Whether it passes the filters of `query` (a key's value) and `search` (its "q").
    pub(super) fn passes(
        &self,
        keys: &[&str],
        search: &Search,
        query: impl Fn(&str) -> Option<String>,
    ) -> bool {
        let haystack = if search.is_empty() {
            ""
        } else {
            self.haystack.get_or_init(|| {
                super::filters::haystack(&self.el.get_attribute("data-search").unwrap_or_default())
            })
        };
        passes_filters(keys, &self.tags, haystack, search, query)
    }
}
