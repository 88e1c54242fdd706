//! The elements of a section the behaviour changes, found once at start (a query over a
//! page that holds 2,000 details costs milliseconds each time), and its list's entries.

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

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
    pub(super) search: String,
    pub(super) year: Option<u16>,
}
