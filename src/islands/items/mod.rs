//! The behaviour of a section of items (the timeline, offices, awards, members, partners,
//! team) over the page's HTML, where the build rendered every entry and every entry's
//! detail: the filters and the search box (written to the query, replacing the history
//! entry), the timeline's year axis and "Show more", the awards' live chip counts,
//! opening, stepping and closing entries (the path; the history rules of
//! `wego10_core::item_nav`; the winner dialog a modal), the keys, focus and the document's
//! title. The page is the state: what is shown is read from the URL and the
//! page's attributes, never from data.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};
use wego10_core::item_nav::{history_op, state_url, step_target, HistoryOp, KeyMap, Move};

use crate::dom::{self, elements, listen, select};
use crate::islands::url;

mod detail;
mod filters;
mod focus;
mod keys;
mod parts;

use parts::{Entry, Parts};

/// Wraps the element with `data-items` (see `ui::list_section`, and the timeline's, the
/// awards' and the offices' pages).
#[island]
pub fn ItemsBehaviour(children: Children) -> impl IntoView {
    super::behaviour(children, attach)
}

/// A section of items on the page, as its attributes describe it.
struct Items {
    root: Element,
    /// The section's path with the deploy's base ("/members", "/wego10/members").
    path: String,
    /// Its query keys, in URL order.
    keys: Vec<String>,
    /// Those that filter the entries (the offices' year and layer do not).
    filter_keys: Vec<String>,
    /// Its items' noun, singular and plural.
    noun: (String, String),
    keymap: KeyMap,
    /// The list's entries, in order, as the build wrote them.
    entries: Vec<Entry>,
    /// Which entries pass the filters, and which are shown.
    passes: RefCell<Vec<bool>>,
    visible: RefCell<Vec<bool>>,
    /// How many passing entries are shown at most ("Show more" raises it), if limited.
    page: Option<usize>,
    limit: Cell<usize>,
    /// The year axis' buttons and their years.
    years: Vec<(Element, u16)>,
    /// The year the axis marks as the open entry's, once the behaviour has marked one.
    current_year: Cell<Option<Option<u16>>>,
    /// The query keys whose chips count the entries the other filters pass.
    live_counts: Vec<String>,
    /// The detail shell is a modal dialog (the awards' winner).
    modal: bool,
    /// The elements the behaviour changes, found once (a query over a page that holds
    /// 2,000 details costs milliseconds each time).
    parts: Parts,
    /// The detail shown and the link marked current, as the page has them now.
    open_detail: RefCell<Option<Element>>,
    current_link: RefCell<Option<Element>>,
    /// The item shown now.
    shown: RefCell<Option<String>>,
    /// The shown item was opened in this visit (Close then goes Back).
    opened_here: Cell<bool>,
}

fn attach(behaviour: Element) {
    let Some(root) = select(&behaviour, "[data-items]") else {
        return;
    };
    let attr = |name: &str| root.get_attribute(name).unwrap_or_default();
    let noun = attr("data-noun");
    let (one, many) = noun.split_once('|').unwrap_or((&noun, &noun));
    let keymap = attr("data-keymap");
    let entries: Vec<Entry> = elements(&root, "[data-id]")
        .into_iter()
        .map(Entry::new)
        .collect();
    let visible = entries
        .iter()
        .map(|e| !e.el.has_attribute("hidden"))
        .collect();
    let page = attr("data-page-size").parse().ok();
    let items = Rc::new(Items {
        path: attr("data-items"),
        keys: attr("data-keys")
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        filter_keys: root
            .get_attribute("data-filter-keys")
            .unwrap_or_else(|| attr("data-keys"))
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        noun: (one.to_owned(), many.to_owned()),
        keymap: KeyMap {
            arrows: !keymap.contains("no-arrows"),
            arrows_without_item: keymap.contains("arrows-without-item"),
            home_end: keymap.contains("home-end"),
        },
        passes: RefCell::new(vec![true; entries.len()]),
        visible: RefCell::new(visible),
        entries,
        page,
        limit: Cell::new(page.unwrap_or(usize::MAX)),
        years: elements(&root, "button[data-year]")
            .into_iter()
            .filter_map(|b| {
                let year = b.get_attribute("data-year")?.parse().ok()?;
                Some((b, year))
            })
            .collect(),
        current_year: Cell::new(None),
        live_counts: attr("data-live-counts")
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        modal: select(&root, "[data-shell][role=dialog]").is_some(),
        open_detail: RefCell::new(select(&root, "[data-detail]:not([hidden])")),
        current_link: RefCell::new(select(&root, "[data-item-link][aria-current]")),
        parts: Parts::find(&root),
        shown: RefCell::new(None),
        opened_here: Cell::new(false),
        root,
    });
    // The build rendered the page for its path without a query: the URL's filters and
    // item apply now. A deep link's item is brought into view and focused, as when it is opened.
    let missing = url::take_missing();
    items.show_and_focus(items.item_in_url(), true);
    if let Some(slug) = missing {
        items.show_missing(&slug);
    }

    let on_click = items.clone();
    listen(&items.root, "click", move |ev| on_click.click(&ev));
    let on_input = items.clone();
    listen(&items.root, "input", move |ev| {
        let field = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
        if let Some(field) = field.filter(|f| f.type_() == "search") {
            on_input.set_query(&[("q", &field.value())]);
        }
    });
    if let Some(dialog) = select(&items.root, "[data-shell][role=dialog]") {
        keys::swipe(&items, &dialog);
    }
    let on_key = items.clone();
    listen(&window(), "keydown", move |ev| {
        if let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() {
            on_key.key(ev);
        }
    });
    // Keys another behaviour writes (the offices' year): the open item's links keep them.
    if items.keys.iter().any(|k| !items.filter_keys.contains(k)) {
        let on_change = items.clone();
        listen(&window(), url::CHANGED, move |_| on_change.refresh_bar());
    }
    // Back and Forward: the URL says which item is open.
    // (`opened_here` stays: after Back and Forward to an item opened here, Close still
    // goes Back.)
    let on_pop = items;
    listen(&window(), "popstate", move |_| {
        let item = on_pop.item_in_url();
        on_pop.show_and_focus(item, true);
    });
}

impl Items {
    /// The item the address bar's path names, if it is one of this section's.
    fn item_in_url(&self) -> Option<String> {
        url::item_under(&self.path).filter(|id| self.parts.detail(id).is_some())
    }

    /// The URL of the section with `item` open and the query changed by `changes`.
    fn url(&self, item: Option<&str>, changes: &[(&str, &str)]) -> String {
        let path = match item {
            Some(id) => format!("{}/{id}", self.path),
            None => self.path.clone(),
        };
        let keys: Vec<&str> = self.keys.iter().map(String::as_str).collect();
        state_url(&path, &keys, url::query_value, changes)
    }

    fn click(&self, ev: &web_sys::Event) {
        let Some(mouse) = ev.dyn_ref::<web_sys::MouseEvent>() else {
            return;
        };
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let closest = |selector: &str| target.closest(selector).ok().flatten();
        if target.has_attribute("data-backdrop") {
            // a click beside the dialog
            self.close();
        } else if let Some(chip) = closest("[data-key]") {
            let key = chip.get_attribute("data-key").unwrap_or_default();
            let value = chip.get_attribute("data-value").unwrap_or_default();
            self.set_query(&[(&key, &value)]);
        } else if closest("[data-clear]").is_some() {
            let changes: Vec<(&str, &str)> = self.keys.iter().map(|k| (k.as_str(), "")).collect();
            self.set_query(&changes);
        } else if closest("[data-more]").is_some() {
            self.limit
                .set(self.limit.get().saturating_add(self.page.unwrap_or(0)));
            self.show_more_button();
            self.apply_visible();
        } else if let Some(year) = closest("button[data-year]") {
            let year = year.get_attribute("data-year").and_then(|y| y.parse().ok());
            if let Some(first) = self.firsts(&[year.unwrap_or(0)])[0] {
                self.open(self.entries[first].id.clone());
            }
        } else if !dom::is_plain_click(mouse) {
            // a new tab or window: the link's own page
        } else if let Some(link) = closest("[data-item-link]") {
            ev.prevent_default();
            self.open(link.get_attribute("data-item-link").unwrap_or_default());
        } else if let Some(step) = closest("[data-step]") {
            ev.prevent_default();
            self.step(
                step.get_attribute("data-step")
                    .and_then(|d| d.parse().ok())
                    .unwrap_or(1),
            );
        } else if closest("[data-close]").is_some() {
            ev.prevent_default();
            self.close();
        }
    }

    /// Opens an item: a new history entry from the list (Back closes it), the same
    /// entry while one is open.
    fn open(&self, id: String) {
        let open = self.shown.borrow().is_some();
        let url = self.url(Some(&id), &[]);
        match history_op(Move::Open, open, self.opened_here.get()) {
            HistoryOp::Push => {
                self.opened_here.set(true);
                url::push(&url);
            }
            _ => url::replace(&url),
        }
        self.show_and_focus(Some(id), false);
    }

    /// Opens the shown item `delta` steps away.
    fn step(&self, delta: i32) {
        let ids = self.shown_ids();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let current = self.shown.borrow().clone();
        if let Some(target) = step_target(&ids, current.as_deref(), delta) {
            self.open(target.to_owned());
        }
    }

    /// Closes the open item: Back when it was opened here, else the list's URL.
    fn close(&self) {
        if self.shown.borrow().is_none() {
            return;
        }
        match history_op(Move::Close, true, self.opened_here.get()) {
            HistoryOp::Back => {
                self.opened_here.set(false);
                self.show_and_focus(None, false);
                dom::history_back();
            }
            _ => {
                url::replace(&self.url(None, &[]));
                self.show_and_focus(None, false);
            }
        }
    }

    /// Changes query values (a filter, the search): replaces the history entry.
    fn set_query(&self, changes: &[(&str, &str)]) {
        let item = self.shown.borrow().clone();
        url::replace(&self.url(item.as_deref(), changes));
        self.show(item.as_deref());
    }
}
