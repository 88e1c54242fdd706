//! `use_item_route`: the one item-navigation mechanism of the sections. It owns a
//! section's URL state (the open item in the path, the filters in the query), the
//! history rules, previous/next among the shown items, the keyboard, and focus: into
//! the open item's title, back to the item's link when it closes. The rules themselves
//! are `wego10_core::item_nav` (tested there); this is their wiring to the router.

use leptos::html::{Div, H2};
use leptos::prelude::*;
use leptos::reactive::computed::Selector;
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use leptos_router::NavigateOptions;
use wego10_core::item_nav::{
    history_op, key_action, state_url, step_target, HistoryOp, KeyAction, KeyMap, Move,
    PendingReplace, Press,
};

use super::keys::{from_text_field, use_key_layer};
use crate::dom;

/// A section's navigation state and actions (Copy: pass it to any child).
#[derive(Clone, Copy)]
pub struct ItemRoute {
    /// The open item's id, from the path (None: no item open).
    pub item: Memo<Option<String>>,
    /// The open item, for `is_open` (notifies only the items whose state changed).
    open: StoredValue<Selector<Option<String>>>,
    query: Memo<leptos_router::params::ParamsMap>,
    /// The query keys this section keeps, in URL order.
    keys: &'static [&'static str],
    /// The path of the section with an item open, or none.
    path_of: Callback<Option<String>, String>,
    go: Callback<(String, bool)>,
    /// The item was opened in this visit (Close then goes Back).
    opened_here: StoredValue<bool>,
    /// The item closed before the history's Back has reached the URL.
    closed_ahead: RwSignal<Option<String>>,
    /// What the section shows (an item, or none) while its URL waits for `pending`.
    ahead: RwSignal<Option<Option<String>>>,
    /// The URL of the last step, written in idle time (see `later`).
    pending: StoredValue<PendingReplace>,
    /// The open item is a modal dialog over the section (see `listen_keys`).
    modal: StoredValue<bool>,
    /// The shown items, in order (for previous/next).
    order: StoredValue<Signal<Vec<String>>>,
    /// The section's element: its keys apply while focus is inside, and the links
    /// of its items (`ItemLink`) are found there when focus returns.
    pub root: NodeRef<Div>,
    /// The open item's heading: focus moves there when an item opens.
    pub title: NodeRef<H2>,
}

/// The navigation of a section whose open item is the route parameter `param`, whose
/// filters are the query `keys`, and whose URLs are `path_of(item)`.
pub fn use_item_route(
    param: &'static str,
    keys: &'static [&'static str],
    path_of: impl Fn(Option<&str>) -> String + Send + Sync + 'static,
) -> ItemRoute {
    let params = use_params_map();
    // The router's own query, not the route's: <FlatRoutes> (leptos_router 0.8.17) does
    // not update a route's query when only its params change (/awards → /awards/4th?…).
    let query = use_location().query;
    let navigate = use_navigate();
    let in_url = Memo::new(move |_| params.read().get(param).filter(|s| !s.is_empty()));
    // Closing goes Back in the history, whose popstate comes tens of milliseconds later:
    // the item closes at once and the URL follows. Any change of the URL ends that.
    let closed_ahead = RwSignal::new(None::<String>);
    // Opening and stepping show the item at once: the route's parameters follow the
    // URL a moment later, and a step's URL is written in idle time (see `later`).
    let ahead = RwSignal::new(None::<Option<String>>);
    Effect::new(move |first: Option<()>| {
        let now = in_url.get();
        if first.is_some() {
            closed_ahead.set(None);
            // the URL has caught up with the item shown ahead of it
            if ahead.with_untracked(|a| a.as_ref() == Some(&now)) {
                ahead.set(None);
            }
        }
    });
    let item = Memo::new(move |_| match ahead.get() {
        Some(shown) => shown,
        None => in_url
            .get()
            .filter(|id| closed_ahead.with(|c| c.as_ref() != Some(id))),
    });
    let route = ItemRoute {
        item,
        closed_ahead,
        ahead,
        pending: StoredValue::new(PendingReplace::default()),
        open: StoredValue::new(Selector::new(move || item.get())),
        query,
        keys,
        path_of: Callback::new(move |item: Option<String>| path_of(item.as_deref())),
        go: Callback::new(move |(url, replace): (String, bool)| {
            navigate(
                &url,
                NavigateOptions {
                    replace,
                    scroll: false,
                    ..Default::default()
                },
            );
            // leptos_router 0.8.17 keeps a replaced URL on its stack of visited paths and
            // does not pop it on Back; pushing that URL again later then adds no history
            // entry (the page shows the item, the address bar does not). Add it.
            if !replace {
                dom::ensure_history_entry(&crate::routes::href(&url));
            }
        }),
        opened_here: StoredValue::new(false),
        modal: StoredValue::new(false),
        order: StoredValue::new(Signal::stored(Vec::new())),
        root: NodeRef::new(),
        title: NodeRef::new(),
    };
    route.follow_focus();
    route
}

impl ItemRoute {
    /// A query value of the section (tracked); None when absent or empty.
    pub fn param(&self, key: &str) -> Option<String> {
        self.query.read().get(key).filter(|v| !v.is_empty())
    }

    /// True when `id` is the open item (tracked). Stepping from one item to the next
    /// notifies those two items only, not every item of the list.
    pub fn is_open(&self, id: &str) -> bool {
        self.open.with_value(|s| s.selected(&Some(id.to_owned())))
    }

    /// True when any of `keys` has a value (tracked).
    pub fn any_param(&self, keys: &[&str]) -> bool {
        keys.iter().any(|k| self.param(k).is_some())
    }

    /// The URL of the section with `item` open and the query changed by `changes`.
    fn url(&self, item: Option<String>, changes: &[(&str, &str)]) -> String {
        let path = self.path_of.run(item);
        let query = self.query;
        state_url(
            &path,
            self.keys,
            |k| query.with_untracked(|q| q.get(k)),
            changes,
        )
    }

    /// The address of the section's page with `item` open and its query as it is
    /// (tracked): the `href` of a link that opens or closes an item.
    pub fn href(&self, item: Option<String>) -> String {
        self.query.track();
        crate::routes::href(&self.url(item, &[]))
    }

    /// Changes query values (a filter, the year…): replaces the history entry, so
    /// typing in a search box does not pile up entries. An empty value removes a key.
    /// The list follows the URL, so it is written at once (after any waiting writes):
    /// a reload right after a filter keeps it.
    pub fn set_params(&self, changes: &[(&str, &str)]) {
        self.flush();
        let url = self.url(self.item.get_untracked(), changes);
        self.go.run((url, true));
    }

    /// Shows `target` now and replaces the URL with `url` when the browser is next idle,
    /// after the frame with the item is painted: the history write and the router's
    /// work on it took most of a step's click handler. Steps taken meanwhile replace the
    /// waiting URL; opening, closing and filtering write it first.
    fn later(&self, url: String, target: Option<String>) {
        let new_wait = self.pending.try_update_value(|p| p.set(url));
        self.ahead.set(Some(target));
        if let Some(Some(wait)) = new_wait {
            let route = *self;
            let from = dom::location_path_and_query();
            dom::when_idle(move || {
                if route.pending.try_with_value(|p| p.waiting(wait)) != Some(true) {
                    return; // written already, or the section is gone
                }
                // A navigation from outside in the meantime (the browser's Back) wins
                // over the step's URL.
                if dom::location_path_and_query() == from {
                    route.flush();
                } else {
                    route.pending.update_value(|p| {
                        p.take();
                    });
                    route.ahead.set(None);
                }
            });
        }
    }

    /// Writes the waiting step's URL now, if there is one.
    fn flush(&self) {
        if let Some(Some(url)) = self.pending.try_update_value(PendingReplace::take) {
            self.go.run((url, true));
            self.ahead.set(None);
        }
    }

    /// The shown items, in order, that previous/next step through.
    pub fn set_order(&self, order: impl Into<Signal<Vec<String>>>) {
        self.order.set_value(order.into());
    }

    fn apply(&self, how: Move, target: Option<String>) {
        let open = self.item.get_untracked().is_some();
        match history_op(how, open, self.opened_here.get_value()) {
            // A new entry is written at once: the browser's Back right after opening
            // must close the item, not leave the page.
            HistoryOp::Push => {
                self.flush();
                self.opened_here.set_value(true);
                self.ahead.set(Some(target.clone()));
                self.go.run((self.url(target, &[]), false));
            }
            // A replaced entry can wait for idle time: Back before it is written goes
            // where it would have gone anyway, and the write is then dropped.
            HistoryOp::Replace => self.later(self.url(target.clone(), &[]), target),
            HistoryOp::Back => {
                self.flush();
                self.opened_here.set_value(false);
                self.closed_ahead.set(self.item.get_untracked());
                self.ahead.set(None);
                dom::history_back();
            }
        }
    }

    /// Opens an item (from a link, a marker, the axis…).
    pub fn open(&self, id: String) {
        self.apply(Move::Open, Some(id));
    }

    /// Closes the open item.
    pub fn close(&self) {
        if self.item.get_untracked().is_some() {
            self.apply(Move::Close, None);
        }
    }

    /// Opens the shown item `delta` steps away (from none: the first or the last).
    pub fn step(&self, delta: i32) {
        let target = self.order.get_value().with_untracked(|ids| {
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            step_target(&ids, self.item.get_untracked().as_deref(), delta).map(str::to_owned)
        });
        if let Some(t) = target {
            self.open(t);
        }
    }

    /// Opens the first or the last shown item.
    pub fn jump(&self, last: bool) {
        let target = self.order.get_value().with_untracked(|ids| {
            if last {
                ids.last().cloned()
            } else {
                ids.first().cloned()
            }
        });
        if let Some(t) = target {
            self.open(t);
        }
    }

    /// The shown items before and after the open one (tracked).
    pub fn neighbours(&self) -> (Option<String>, Option<String>) {
        let Some(current) = self.item.get() else {
            return (None, None);
        };
        self.order.get_value().with(|ids| {
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            let (p, n) = wego10_core::sequence::neighbours(&ids, &current);
            (p.map(str::to_owned), n.map(str::to_owned))
        })
    }

    /// Listens to the section's keys (see `KeyMap`) while focus is in its element; with
    /// `dialog`, the open item is a modal that takes every key and keeps Tab inside.
    pub fn listen_keys(&self, map: KeyMap, dialog: Option<NodeRef<Div>>) {
        let route = *self;
        self.modal.set_value(dialog.is_some());
        let element = move || match dialog {
            Some(d) => d.get_untracked().map(Into::into),
            None => route.root.get_untracked().map(Into::into),
        };
        let modal_open = move || {
            dialog.is_some_and(|d| d.get_untracked().is_some())
                && route.item.get_untracked().is_some()
        };
        let on_key = move |ev: &web_sys::KeyboardEvent| {
            let key = ev.key();
            if let Some(d) = dialog.and_then(|d| d.get_untracked()) {
                if key == "Tab" && route.item.get_untracked().is_some() {
                    dom::trap_tab(ev, &d);
                    return false;
                }
            }
            let press = Press {
                key: &key,
                modified: ev.alt_key() || ev.ctrl_key() || ev.meta_key(),
                from_text_field: from_text_field(ev),
            };
            match key_action(map, press, route.item.get_untracked().is_some()) {
                Some(KeyAction::Step(d)) => route.step(d),
                Some(KeyAction::First) => route.jump(false),
                Some(KeyAction::Last) => route.jump(true),
                Some(KeyAction::Close) => route.close(),
                None => return false,
            }
            true
        };
        use_key_layer(element, modal_open, on_key);
    }

    /// Focus follows the open item: into its heading when it opens or changes (the
    /// item's link is scrolled into view), back to its link when it closes.
    fn follow_focus(&self) {
        let route = *self;
        Effect::new(move |last: Option<Option<String>>| {
            let now = route.item.get();
            match (&now, last.flatten()) {
                (Some(id), _) => {
                    // Once the frame with the detail has been painted: the item's list
                    // entry (its card) into view, then focus into the detail's heading
                    // (which brings it into view where it is apart). Behind a modal
                    // dialog the list is hidden: its entry comes into view with the
                    // focus when the dialog closes.
                    let entry: Option<web_sys::Element> = if route.modal.get_value() {
                        None
                    } else {
                        route
                            .link(id)
                            .map(|link| link.closest("li").ok().flatten().unwrap_or(link.into()))
                    };
                    let title = route.title.get_untracked();
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
                    if let Some(link) = route.link(&previous) {
                        dom::after_paint(move || {
                            let _ = link.focus();
                        });
                    }
                }
                (None, None) => {}
            }
            now
        });
    }

    /// The link of item `id` in the section (see `ItemLink`).
    fn link(&self, id: &str) -> Option<web_sys::HtmlElement> {
        use wasm_bindgen::JsCast;
        self.root
            .get_untracked()?
            .query_selector(&format!("[data-item-link=\"{id}\"]"))
            .ok()
            .flatten()?
            .dyn_into()
            .ok()
    }
}
