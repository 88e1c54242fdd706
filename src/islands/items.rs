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
use web_sys::{Element, HtmlElement, HtmlInputElement};
use wego10_core::item_nav::{
    history_op, key_action, passes_filters, state_url, step_target, swipe_step, HistoryOp,
    KeyAction, KeyMap, Move, Press,
};
use wego10_core::strings;
use wego10_core::timeline::{firsts_by_year, visible_mask};

use crate::dom::{self, elements, listen, select, set_hidden, set_text};
use crate::islands::url;

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

/// The parts of the section the behaviour changes.
struct Parts {
    shell: Option<Element>,
    /// Each item's detail in the shell, and each item's link, by id.
    details: Vec<(String, Element)>,
    links: Vec<(String, Element)>,
    groups: Vec<Element>,
    chips: Vec<Element>,
    search: Option<HtmlInputElement>,
    count: Option<Element>,
    empty: Option<Element>,
    more: Option<Element>,
    /// The page's view of an unknown item (see `ui::not_found::NotFound`).
    not_found: Option<Element>,
    /// Where the section's keys apply (the timeline's: not its filter bar).
    scope: Element,
}

impl Parts {
    fn find(root: &Element) -> Parts {
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

    fn detail(&self, id: &str) -> Option<Element> {
        self.details
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, d)| d.clone())
    }

    fn link(&self, id: &str) -> Option<Element> {
        self.links
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, l)| l.clone())
    }
}

/// An entry of the list: its element, id, the filter values it has, what its search
/// looks in, and its year (the timeline).
struct Entry {
    el: Element,
    id: String,
    tags: String,
    search: String,
    year: Option<u16>,
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
        .map(|el| {
            let attr = |name: &str| el.get_attribute(name).unwrap_or_default();
            Entry {
                id: attr("data-id"),
                tags: attr("data-tags"),
                search: attr("data-search"),
                year: attr("data-year").parse().ok(),
                el,
            }
        })
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
        swipe(&items, &dialog);
    }
    let on_key = items.clone();
    listen(&window(), "keydown", move |ev| {
        if let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() {
            on_key.key(ev);
        }
    });
    // Back and Forward: the URL says which item is open.
    // (`opened_here` stays: after Back and Forward to an item opened here, Close still
    // goes Back, as in the whole app.)
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

    /// Says that the page has no item `slug` (public/not-found.js opened it for an
    /// address under it that is no page), until the address changes.
    fn show_missing(&self, slug: &str) {
        let Some(view) = &self.parts.not_found else {
            return;
        };
        if let Some(span) = select(view, "[data-missing]") {
            set_text(&span, slug);
        }
        set_hidden(view, false);
        if let (Some(title), Some(description)) = (
            view.get_attribute("data-page-title"),
            view.get_attribute("data-page-description"),
        ) {
            dom::set_page_identity(&title, &description);
        }
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

    fn key(&self, ev: &web_sys::KeyboardEvent) {
        if ev.default_prevented() {
            return;
        }
        let open = self.shown.borrow().is_some();
        // An open dialog takes every key and keeps Tab inside; otherwise the section's
        // keys apply while focus is in it (or on nothing).
        if self.modal && open {
            if ev.key() == "Tab" {
                if let Some(dialog) = &self.parts.shell {
                    dom::trap_tab(ev, dialog);
                }
                return;
            }
        } else {
            let active = document().active_element();
            let body = document().body().map(Element::from);
            let here = match &active {
                None => true,
                Some(a) => self.parts.scope.contains(Some(a)) || body.as_ref() == Some(a),
            };
            if !here {
                return;
            }
        }
        let press = Press {
            key: &ev.key(),
            modified: ev.alt_key() || ev.ctrl_key() || ev.meta_key(),
            from_text_field: dom::from_text_field(ev),
        };
        match key_action(self.keymap, press, open) {
            Some(KeyAction::Step(d)) => self.step(d),
            Some(KeyAction::First) => self.open_some(self.shown_ids().first().cloned()),
            Some(KeyAction::Last) => self.open_some(self.shown_ids().last().cloned()),
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

    /// The ids of the entries the filters pass, in list order.
    fn shown_ids(&self) -> Vec<String> {
        self.passing().map(|i| self.entries[i].id.clone()).collect()
    }

    /// The indices of the entries the filters pass, in list order.
    fn passing(&self) -> impl Iterator<Item = usize> + '_ {
        let passes = self.passes.borrow().clone();
        (0..passes.len()).filter(move |&i| passes[i])
    }

    /// For each of `years`, the first entry of that year the filters pass.
    fn firsts(&self, years: &[u16]) -> Vec<Option<usize>> {
        let of: Vec<Option<u16>> = self.entries.iter().map(|e| e.year).collect();
        let passing: Vec<usize> = self.passing().collect();
        firsts_by_year(years, &of, &passing)
    }

    /// Shows the entries that pass the filters (the first `limit` of them, where the list
    /// is limited) and the open one, touching only those that change.
    fn apply_visible(&self) {
        let passing: Vec<usize> = self.passing().collect();
        let open = self
            .shown
            .borrow()
            .as_ref()
            .and_then(|id| self.entries.iter().position(|e| e.id == *id));
        let now = match self.page {
            Some(_) => visible_mask(self.entries.len(), &passing, self.limit.get(), open),
            None => self.passes.borrow().clone(),
        };
        let mut before = self.visible.borrow_mut();
        for (i, entry) in self.entries.iter().enumerate() {
            if before.get(i) != Some(&now[i]) {
                set_hidden(&entry.el, !now[i]);
            }
        }
        *before = now;
    }

    /// "Show more": how many passing entries the limit hides.
    fn show_more_button(&self) {
        let Some(button) = &self.parts.more else {
            return;
        };
        let rest = self.passing().count().saturating_sub(self.limit.get());
        set_hidden(button, rest == 0);
        if rest > 0 {
            dom::set_text_keeping_translation(
                button,
                &strings::show_more(rest.min(self.page.unwrap_or(rest)), rest),
            );
        }
    }

    /// The chips of the `live_counts` keys: how many entries pass with that chip on.
    fn show_live_counts(&self, keys: &[&str]) {
        let values = query_values(keys);
        for key in &self.live_counts {
            let chips = self.parts.chips.iter();
            for chip in chips.filter(|c| c.get_attribute("data-key").as_ref() == Some(key)) {
                let (Some(value), Some(count)) = (
                    chip.get_attribute("data-value").filter(|v| !v.is_empty()),
                    select(chip, ".chip__count"),
                ) else {
                    continue;
                };
                let query = |k: &str| match k == key {
                    true => Some(value.clone()),
                    false => lookup(&values, k),
                };
                let n = self
                    .entries
                    .iter()
                    .filter(|e| passes_filters(keys, &e.tags, &e.search, query))
                    .count();
                dom::set_text_keeping_translation(&count, &n.to_string());
            }
        }
    }

    /// The year axis: each year jumps to its first passing entry, or is disabled.
    fn show_years(&self) {
        let years: Vec<u16> = self.years.iter().map(|(_, y)| *y).collect();
        for ((button, year), first) in self.years.iter().zip(self.firsts(&years)) {
            let _ = button.toggle_attribute_with_force("disabled", first.is_none());
            let _ =
                button.set_attribute("aria-label", &strings::year_label(*year, first.is_some()));
        }
    }

    /// The open entry's year on the axis.
    fn show_current_year(&self, item: Option<&str>) {
        let year = item.and_then(|id| self.entries.iter().find(|e| e.id == id)?.year);
        for (button, y) in &self.years {
            let current = year == Some(*y);
            let _ = button
                .class_list()
                .toggle_with_force("year-axis__year--current", current);
            if current {
                let _ = button.set_attribute("aria-current", "true");
            } else {
                let _ = button.remove_attribute("aria-current");
            }
        }
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
        let link = |id: &str| self.parts.link(id);
        match (&item, before) {
            (Some(id), _) => {
                // Behind a dialog the list stays where it is.
                let entry = link(id)
                    .filter(|_| !self.modal)
                    .map(|l| l.closest("li").ok().flatten().unwrap_or(l));
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
        select(self.open_detail.borrow().as_ref()?, ":scope > h2")?
            .dyn_into()
            .ok()
    }

    /// Makes the page show the URL's filters and `item`: entries, groups, chips, the
    /// search box, the count, the open item's detail and bar, the document's title.
    fn show(&self, item: Option<&str>) {
        let filtered = self
            .filter_keys
            .iter()
            .any(|k| url::query_value(k).is_some());
        let q = url::query_value("q").unwrap_or_default();
        let keys: Vec<&str> = self.filter_keys.iter().map(String::as_str).collect();
        // The address is read once, not once an entry.
        let values = query_values(&keys);
        let query = |k: &str| lookup(&values, k);
        let passes: Vec<bool> = self
            .entries
            .iter()
            .map(|e| passes_filters(&keys, &e.tags, &e.search, query))
            .collect();
        let count = passes.iter().filter(|p| **p).count();
        *self.passes.borrow_mut() = passes;
        *self.shown.borrow_mut() = item.map(str::to_owned);
        self.apply_visible();
        self.show_more_button();
        self.show_years();
        self.show_live_counts(&keys);
        for group in &self.parts.groups {
            set_hidden(group, select(group, "[data-id]:not([hidden])").is_none());
        }
        for chip in &self.parts.chips {
            let key = chip.get_attribute("data-key").unwrap_or_default();
            let value = chip.get_attribute("data-value").unwrap_or_default();
            let pressed = lookup(&values, &key).unwrap_or_default() == value;
            dom::set_attr(chip, "aria-pressed", if pressed { "true" } else { "false" });
        }
        if let Some(field) = &self.parts.search {
            let focused = document()
                .active_element()
                .is_some_and(|a| a == Element::from(field.clone()));
            if !focused && field.value() != q {
                field.set_value(&q);
            }
        }
        if let Some(status) = &self.parts.count {
            let noun = (self.noun.0.as_str(), self.noun.1.as_str());
            set_text(
                status,
                &strings::shown_count(count, self.entries.len(), filtered, noun),
            );
        }
        if let Some(empty) = &self.parts.empty {
            set_hidden(empty, count > 0);
        }
        self.show_item(item);
    }

    /// The detail shell with `item`'s detail (none: the shell hidden), the links'
    /// `aria-current`, the bar's links and Share, and the document's title.
    fn show_item(&self, item: Option<&str>) {
        if let Some(view) = &self.parts.not_found {
            set_hidden(view, true);
        }
        let changed = self.shown.borrow().as_deref() != item;
        *self.shown.borrow_mut() = item.map(str::to_owned);
        if changed && self.page.is_some() {
            // the open entry is shown whatever the limit
            self.apply_visible();
        }
        self.show_current_year(item);
        let Some(shell) = &self.parts.shell else {
            return;
        };
        let title_id = shell.get_attribute("aria-labelledby").unwrap_or_default();
        // Only the detail shown before and the one to show are touched (the timeline's
        // shell may hold thousands): the heading's id moves with it.
        let before = self.open_detail.borrow().clone();
        let open = item.and_then(|id| self.parts.detail(id));
        if before != open {
            if let Some(before) = &before {
                set_hidden(before, true);
                if let Some(title) = select(before, ":scope > h2").filter(|t| t.id() == title_id) {
                    title.remove_attribute("id").ok();
                }
            }
            if let Some(open) = &open {
                set_hidden(open, false);
                if let Some(title) = select(open, ":scope > h2") {
                    title.set_id(&title_id);
                }
            }
            *self.open_detail.borrow_mut() = open.clone();
        }
        // A dialog's backdrop shows and hides with it.
        let frame = shell.closest("[data-backdrop]").ok().flatten();
        set_hidden(frame.as_ref().unwrap_or(shell), open.is_none());
        let link = item.and_then(|id| self.parts.link(id));
        let mut current = self.current_link.borrow_mut();
        if *current != link {
            if let Some(before) = current.as_ref() {
                let _ = before.remove_attribute("aria-current");
            }
            if let Some(link) = &link {
                dom::set_attr(link, "aria-current", "true");
            }
            *current = link;
        }
        drop(current);
        let page = open.as_ref().unwrap_or(&self.root);
        if let (Some(title), Some(description)) = (
            page.get_attribute("data-page-title"),
            page.get_attribute("data-page-description"),
        ) {
            dom::set_page_identity(&title, &description);
        }
        if let (Some(detail), Some(id)) = (open, item) {
            self.fill_bar(shell, &detail, id);
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

/// The address's value of each of `keys`.
fn query_values(keys: &[&str]) -> Vec<(String, Option<String>)> {
    keys.iter()
        .map(|k| ((*k).to_owned(), url::query_value(k)))
        .collect()
}

fn lookup(values: &[(String, Option<String>)], key: &str) -> Option<String> {
    values
        .iter()
        .find(|(k, _)| k == key)
        .and_then(|(_, v)| v.clone())
}

/// A horizontal swipe on the dialog steps (`item_nav::swipe_step`).
fn swipe(items: &Rc<Items>, dialog: &Element) {
    let start = Rc::new(Cell::new(None::<(i32, i32)>));
    let down = start.clone();
    listen(dialog, "pointerdown", move |ev| {
        if let Some(ev) = ev.dyn_ref::<web_sys::PointerEvent>() {
            down.set(Some((ev.client_x(), ev.client_y())));
        }
    });
    let items = items.clone();
    listen(dialog, "pointerup", move |ev| {
        let (Some(ev), Some((x, y))) = (ev.dyn_ref::<web_sys::PointerEvent>(), start.take()) else {
            return;
        };
        if let Some(delta) = swipe_step(ev.client_x() - x, ev.client_y() - y) {
            items.step(delta);
        }
    });
}
