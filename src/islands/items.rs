//! A list section's behaviour (members, partners, team) over the page's HTML, where the
//! build rendered every entry and every entry's detail: the filters and the search box
//! (written to the query, replacing the history entry), opening, stepping and closing
//! entries (the path; the history rules of `wego10_core::item_nav`), the keys, focus
//! and the document's title. The page is the state: what is shown is read from the URL
//! and the page's attributes, never from data.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use wego10_core::item_nav::{
    history_op, key_action, passes_filters, state_url, step_target, HistoryOp, KeyAction, KeyMap,
    Move, Press,
};
use wego10_core::strings;

use crate::dom::{self, listen, select};
use crate::islands::url;

/// Wraps a `.list-section` (see `ui::list_section`).
#[cfg_attr(not(feature = "hydrate"), island)]
#[cfg_attr(feature = "hydrate", component)]
pub fn ItemsBehaviour(children: Children) -> impl IntoView {
    super::behaviour(children, attach)
}

/// A list section on the page, as its attributes describe it.
struct Items {
    root: Element,
    /// The section's path with the deploy's base ("/members", "/wego10/members").
    path: String,
    /// Its query keys, in URL order.
    keys: Vec<String>,
    /// Its items' noun, singular and plural.
    noun: (String, String),
    total: usize,
    /// The item shown now.
    shown: RefCell<Option<String>>,
    /// The shown item was opened in this visit (Close then goes Back).
    opened_here: Cell<bool>,
}

fn attach(behaviour: Element) {
    let Some(root) = select(&behaviour, ".list-section") else {
        return;
    };
    let attr = |name: &str| root.get_attribute(name).unwrap_or_default();
    let noun = attr("data-noun");
    let (one, many) = noun.split_once('|').unwrap_or((&noun, &noun));
    let items = Rc::new(Items {
        path: attr("data-items"),
        keys: attr("data-keys")
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        noun: (one.to_owned(), many.to_owned()),
        total: attr("data-total").parse().unwrap_or(0),
        shown: RefCell::new(None),
        opened_here: Cell::new(false),
        root,
    });
    // The build rendered the page for its path without a query: the URL's filters and
    // item apply now.
    let item = items.item_in_url();
    items.show(item.as_deref());

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
    let on_key = items.clone();
    listen(&window(), "keydown", move |ev| {
        if let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() {
            on_key.key(ev);
        }
    });
    // Back and Forward: the URL says which item is open.
    let on_pop = items;
    listen(&window(), "popstate", move |_| {
        let item = on_pop.item_in_url();
        if item.is_none() {
            on_pop.opened_here.set(false);
        }
        on_pop.show_and_focus(item, true);
    });
}

impl Items {
    /// The item the address bar's path names, if it is this section's.
    fn item_in_url(&self) -> Option<String> {
        url::item_under(&self.path)
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
        if let Some(chip) = closest("[data-key]") {
            let key = chip.get_attribute("data-key").unwrap_or_default();
            let value = chip.get_attribute("data-value").unwrap_or_default();
            self.set_query(&[(&key, &value)]);
        } else if closest("[data-clear]").is_some() {
            let changes: Vec<(&str, &str)> = self.keys.iter().map(|k| (k.as_str(), "")).collect();
            self.set_query(&changes);
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

    fn key(&self, ev: &web_sys::KeyboardEvent) {
        if ev.default_prevented() {
            return;
        }
        // The section's keys apply while focus is in it (or on nothing).
        let active = document().active_element();
        let body = document().body().map(Element::from);
        let here = match &active {
            None => true,
            Some(a) => self.root.contains(Some(a)) || body.as_ref() == Some(a),
        };
        if !here {
            return;
        }
        let press = Press {
            key: &ev.key(),
            modified: ev.alt_key() || ev.ctrl_key() || ev.meta_key(),
            from_text_field: crate::ui::keys::from_text_field(ev),
        };
        let map = KeyMap {
            arrows: true,
            ..KeyMap::default()
        };
        let ids = self.shown_ids();
        let open = self.shown.borrow().is_some();
        match key_action(map, press, open) {
            Some(KeyAction::Step(d)) => self.step(d),
            Some(KeyAction::First) => self.open_some(ids.first().cloned()),
            Some(KeyAction::Last) => self.open_some(ids.last().cloned()),
            Some(KeyAction::Close) => self.close(),
            None => return,
        }
        ev.prevent_default();
    }

    fn open_some(&self, id: Option<String>) {
        if let Some(id) = id {
            self.open(id);
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

    /// The ids of the entries the filters show, in list order.
    fn shown_ids(&self) -> Vec<String> {
        elements(&self.root, "[data-id]:not([hidden])")
            .iter()
            .filter_map(|li| li.get_attribute("data-id"))
            .collect()
    }

    /// Shows `item` (the filters are as they were: `show_item`; after Back or Forward,
    /// which may also change them: `show`), then moves focus: into the opened item's
    /// heading (its entry scrolled into view), or back to the closed item's link.
    fn show_and_focus(&self, item: Option<String>, filters_changed: bool) {
        let before = self.shown.borrow().clone();
        if filters_changed {
            self.show(item.as_deref());
        } else {
            self.show_item(item.as_deref());
        }
        let link = |id: &str| select(&self.root, &format!("[data-item-link=\"{id}\"]"));
        match (&item, before) {
            (Some(id), _) => {
                let entry = link(id).map(|l| l.closest("li").ok().flatten().unwrap_or(l));
                let title = self.title();
                dom::after_paint(move || {
                    if let Some(entry) = entry {
                        dom::scroll_element_into_view(&entry);
                    }
                    if let Some(title) = title {
                        dom::refocus(&title);
                    }
                });
            }
            (None, Some(previous)) => {
                if let Some(link) = link(&previous).and_then(|l| l.dyn_into::<HtmlElement>().ok()) {
                    dom::after_paint(move || {
                        let _ = link.focus();
                    });
                }
            }
            (None, None) => {}
        }
    }

    /// The open item's heading.
    fn title(&self) -> Option<HtmlElement> {
        select(&self.root, "[data-detail]:not([hidden]) .detail__title")?
            .dyn_into()
            .ok()
    }

    /// Makes the page show the URL's filters and `item`: entries, groups, chips, the
    /// search box, the count, the open item's detail and bar, the document's title.
    fn show(&self, item: Option<&str>) {
        let filtered = self.keys.iter().any(|k| url::query_value(k).is_some());
        let q = url::query_value("q").unwrap_or_default();
        let keys: Vec<&str> = self.keys.iter().map(String::as_str).collect();
        let mut count = 0;
        for li in elements(&self.root, "[data-id]") {
            let tags = li.get_attribute("data-tags").unwrap_or_default();
            let search = li.get_attribute("data-search").unwrap_or_default();
            let passes = passes_filters(&keys, &tags, &search, url::query_value);
            count += usize::from(passes);
            set_hidden(&li, !passes);
        }
        for group in elements(&self.root, ".item-list__group") {
            set_hidden(&group, select(&group, "[data-id]:not([hidden])").is_none());
        }
        for chip in elements(&self.root, "[data-key]") {
            let key = chip.get_attribute("data-key").unwrap_or_default();
            let value = chip.get_attribute("data-value").unwrap_or_default();
            let pressed = url::query_value(&key).unwrap_or_default() == value;
            let _ = chip.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
        }
        if let Some(field) = select(&self.root, "input[type=search]")
            .and_then(|f| f.dyn_into::<HtmlInputElement>().ok())
        {
            let focused = document()
                .active_element()
                .is_some_and(|a| a == Element::from(field.clone()));
            if !focused && field.value() != q {
                field.set_value(&q);
            }
        }
        if let Some(status) = select(&self.root, ".filters__count") {
            let noun = (self.noun.0.as_str(), self.noun.1.as_str());
            set_text(
                &status,
                &strings::shown_count(count, self.total, filtered, noun),
            );
        }
        if let Some(empty) = select(&self.root, "[data-testid=no-results]") {
            set_hidden(&empty, count > 0);
        }
        self.show_item(item);
    }

    /// The detail shell with `item`'s detail (none: the shell hidden), the links'
    /// `aria-current`, the bar's links and Share, and the document's title.
    fn show_item(&self, item: Option<&str>) {
        *self.shown.borrow_mut() = item.map(str::to_owned);
        let Some(shell) = select(&self.root, "section.detail") else {
            return;
        };
        let title_id = shell.get_attribute("aria-labelledby").unwrap_or_default();
        let mut open = None;
        for detail in elements(&shell, "[data-detail]") {
            let this = item.is_some() && detail.get_attribute("data-detail").as_deref() == item;
            set_hidden(&detail, !this);
            if let Some(title) = select(&detail, ".detail__title") {
                if this {
                    title.set_id(&title_id);
                } else if title.id() == title_id {
                    title.remove_attribute("id").ok();
                }
            }
            if this {
                open = Some(detail);
            }
        }
        set_hidden(&shell, open.is_none());
        for link in elements(&self.root, "[data-item-link]") {
            let current = item.is_some() && link.get_attribute("data-item-link").as_deref() == item;
            if current {
                let _ = link.set_attribute("aria-current", "true");
            } else {
                let _ = link.remove_attribute("aria-current");
            }
        }
        let page = open.as_ref().unwrap_or(&self.root);
        if let (Some(title), Some(description)) = (
            page.get_attribute("data-page-title"),
            page.get_attribute("data-page-description"),
        ) {
            dom::set_page_identity(&title, &description);
        }
        if let (Some(detail), Some(id)) = (open, item) {
            self.fill_bar(&shell, &detail, id);
        }
    }

    /// The bar of the open item `id`: Previous and Next among the shown entries, Close,
    /// and what Share shares.
    fn fill_bar(&self, shell: &Element, detail: &Element, id: &str) {
        let ids = self.shown_ids();
        let names: Vec<&str> = ids.iter().map(String::as_str).collect();
        let (prev, next) = wego10_core::sequence::neighbours(&names, id);
        for (step, target, which) in [("-1", prev, "Previous"), ("1", next, "Next")] {
            let Some(link) = select(shell, &format!("[data-step=\"{step}\"]")) else {
                continue;
            };
            let name = target.and_then(|t| {
                select(shell, &format!("[data-detail=\"{t}\"]"))
                    .and_then(|d| d.get_attribute("data-name"))
            });
            let _ = link.set_attribute(
                "aria-label",
                &strings::step_label(which, &self.noun.0, name.as_deref()),
            );
            match target {
                Some(t) => {
                    let _ = link.set_attribute("href", &self.url(Some(t), &[]));
                    let _ = link.remove_attribute("aria-disabled");
                }
                None => {
                    let _ = link.remove_attribute("href");
                    let _ = link.set_attribute("aria-disabled", "true");
                }
            }
        }
        if let Some(close) = select(shell, "[data-close]") {
            let _ = close.set_attribute("href", &self.url(None, &[]));
        }
        if let Some(share) = select(shell, ".share") {
            let url = detail.get_attribute("data-url").unwrap_or_default();
            let title = detail.get_attribute("data-name").unwrap_or_default();
            if share.get_attribute("data-url").as_deref() != Some(url.as_str()) {
                let _ = share.set_attribute("data-url", &url);
                let path = detail.get_attribute("data-path").unwrap_or_default();
                let _ = share.set_attribute("data-path", &path);
                let _ = share.set_attribute("data-title", &title);
                super::share::refresh(&share);
                // A new item: its link has not been copied yet.
                if let Some(status) = select(&share, ".share__status") {
                    set_text(&status, "");
                }
            }
        }
    }
}

/// The elements under `root` that match `selector`, in document order.
fn elements(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

/// Sets or removes `hidden`, touching the element only when it changes.
fn set_hidden(el: &Element, hidden: bool) {
    if el.has_attribute("hidden") != hidden {
        let _ = el.toggle_attribute_with_force("hidden", hidden);
    }
}

/// Sets an element's text, touching it only when it changes.
fn set_text(el: &Element, text: &str) {
    if el.text_content().as_deref() != Some(text) {
        el.set_text_content(Some(text));
    }
}
