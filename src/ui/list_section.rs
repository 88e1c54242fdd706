//! A list section (members, partners, team): a filter bar, the shown entries in groups,
//! and the open entry's detail pane, all on the section's `ItemRoute`. The sections give
//! their entries, chips, filter and detail body; this wires the rest once.

use std::sync::Arc;

use leptos::prelude::*;
use wego10_core::item_nav::KeyMap;

use super::detail_pane::{DetailPane, Pane};
use super::filter_bar::{ChipGroup, FilterBar, Search};
use super::item_list::{Entry, ItemList};
use super::item_route::{use_item_route, ItemRoute};
use super::not_found::NotFound;

/// What a list section is called and where it lives.
pub struct ListSpec {
    /// The query keys of its filters.
    pub keys: &'static [&'static str],
    /// Its path with an item open, or none.
    pub path_of: fn(Option<&str>) -> String,
    pub search: Search,
    /// The entries' noun, singular and plural: "member", "members".
    pub noun: (&'static str, &'static str),
    /// The list's name for screen readers.
    pub list_label: &'static str,
    pub count_testid: &'static str,
    pub pane: Pane,
    /// What the not-found view says of an unknown slug.
    pub unknown: fn(&str) -> String,
    /// Where the not-found view leads back to: (path, text).
    pub back: (&'static str, &'static str),
}

/// An entry of the list under the heading of its group (entries come in list order,
/// each group's entries together).
pub struct Listed {
    pub group: Option<String>,
    pub entry: Entry,
}

/// The section: `matches(i, route)` says whether entry `i` passes the filters in the
/// route's query (tracked); `body(i)` is the detail of entry `i` under its heading.
pub fn list_section(
    spec: ListSpec,
    listed: Vec<Listed>,
    chips: Vec<ChipGroup>,
    matches: impl Fn(usize, &ItemRoute) -> bool + Send + Sync + 'static,
    body: impl Fn(usize) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let route = use_item_route("slug", spec.keys, spec.path_of);
    route.listen_keys(
        KeyMap {
            arrows: true,
            ..KeyMap::default()
        },
        None,
    );
    let listed = Arc::new(listed);
    let total = listed.len();
    let shown = {
        let listed = listed.clone();
        Memo::new(move |_| {
            let mut groups: Vec<(Option<String>, Vec<Entry>)> = Vec::new();
            for (_, l) in listed
                .iter()
                .enumerate()
                .filter(|(i, _)| matches(*i, &route))
            {
                match groups.last_mut() {
                    Some((group, entries)) if *group == l.group => entries.push(l.entry.clone()),
                    _ => groups.push((l.group.clone(), vec![l.entry.clone()])),
                }
            }
            groups
        })
    };
    route.set_order(Signal::derive(move || {
        shown.with(|g| {
            g.iter()
                .flat_map(|(_, es)| es.iter().map(|e| e.id.clone()))
                .collect()
        })
    }));
    let selected = {
        let listed = listed.clone();
        Memo::new(move |_| {
            let item = route.item.get()?;
            listed.iter().position(|l| l.entry.id == item)
        })
    };
    let unknown = {
        let listed = listed.clone();
        move || {
            let item = route.item.get()?;
            (!listed.iter().any(|l| l.entry.id == item)).then(|| {
                view! {
                    <NotFound message=(spec.unknown)(&item) back=(spec.back.0.to_owned(), spec.back.1)/>
                }
            })
        }
    };
    let shown_count =
        Signal::derive(move || shown.with(|g| g.iter().map(|(_, es)| es.len()).sum::<usize>()));
    let pane = spec.pane;
    let body = Arc::new(body);
    view! {
        {unknown}
        <div class="list-section" node_ref=route.root>
            <Show when=move || selected.get().is_some()>
                <OpenEntry route pane listed=listed.clone() selected body=body.clone()/>
            </Show>
            <FilterBar route search=spec.search groups=chips noun=spec.noun total shown=shown_count count_testid=spec.count_testid/>
            <ItemList route noun=spec.noun.0 label=spec.list_label groups=shown/>
        </div>
    }
}

type Body = Arc<dyn Fn(usize) -> AnyView + Send + Sync>;

/// The open entry: its detail pane, which stays mounted while the visitor steps.
#[component]
fn OpenEntry(
    route: ItemRoute,
    pane: Pane,
    listed: Arc<Vec<Listed>>,
    selected: Memo<Option<usize>>,
    body: Body,
) -> impl IntoView {
    let entry = {
        let listed = listed.clone();
        Memo::new(move |_| selected.get().map(|i| listed[i].entry.clone()))
    };
    let name_of = Callback::new(move |id: String| {
        listed
            .iter()
            .find(|l| l.entry.id == id)
            .map(|l| l.entry.name.clone())
    });
    view! {
        <DetailPane route pane name_of
            title=Signal::derive(move || entry.with(|e| e.as_ref().map(|e| e.name.clone()).unwrap_or_default()))
            path=Signal::derive(move || entry.with(|e| e.as_ref().map(|e| e.path.clone()).unwrap_or_default()))>
            {move || selected.get().map(|i| body(i))}
        </DetailPane>
    }
}
