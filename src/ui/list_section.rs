//! A list section (members, partners, team): a filter bar, the shown entries in groups,
//! and the open entry's detail pane, all on the section's `ItemRoute`. The sections give
//! their entries, chips, filter and detail body; this wires the rest once.

use std::sync::Arc;

use leptos::prelude::*;
use wego10_core::item_nav::KeyMap;

use super::detail_pane::DetailPane;
use super::detail_shell::{page_identity, DetailShell, ShellItem};
use super::filter_bar::{ChipGroup, FilterBar, Search};
use super::item_list::{Entry, ItemList};
use super::item_route::{use_item_route, ItemRoute};
use super::not_found::NotFound;
use super::section::{self, Section};
use crate::routes;

/// What a list section is called and where it lives; the ids and paths follow from
/// its `Section` and its noun: "/members/<slug>", "members-search", "member-card"…
pub struct ListSpec {
    pub section: &'static Section,
    /// The query keys of its filters.
    pub keys: &'static [&'static str],
    /// The search box's label and placeholder.
    pub search: (&'static str, &'static str),
    /// The list's name for screen readers.
    pub list_label: &'static str,
    /// What the not-found view says of an unknown slug.
    pub unknown: fn(&str) -> String,
}

/// The list sections' words, in one table.
pub const MEMBERS: ListSpec = ListSpec {
    section: &section::MEMBERS,
    keys: &["region", "role", "q"],
    search: ("Search members", "City, country or region"),
    list_label: "Members by region",
    unknown: |s| format!("There is no member \"{s}\" in WeGO's story as we have it."),
};
pub const PARTNERS: ListSpec = ListSpec {
    section: &section::PARTNERS,
    keys: &["kind", "q"],
    search: ("Search partners", "Name or what it did"),
    list_label: "Partners, by their first year with WeGO",
    unknown: |s| format!("There is no partner \"{s}\"."),
};
pub const TEAM: ListSpec = ListSpec {
    section: &section::TEAM,
    keys: &["group", "q"],
    search: ("Search people", "Name or role"),
    list_label: "People, by group",
    unknown: |s| format!("There is no person \"{s}\" in the team."),
};

/// An entry of the list under the heading of its group (entries come in list order,
/// each group's entries together).
pub struct Listed {
    pub group: Option<String>,
    pub entry: Entry,
}

/// A query of filters: the value of a key, if any.
pub type Query<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The section of `items`, each with its entry, in list order: `matches(item, query)`
/// says whether an item passes the filters of a query; `body(item)` is its detail
/// under its heading.
pub fn list_section<T: Send + Sync + 'static>(
    spec: &'static ListSpec,
    items: Vec<(T, Listed)>,
    chips: Vec<ChipGroup>,
    matches: impl Fn(&T, Query) -> bool + Send + Sync + 'static,
    body: impl Fn(&T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let (items, mut listed): (Vec<T>, Vec<Listed>) = items.into_iter().unzip();
    if routes::islands() {
        // Each entry names the chips it passes: the page's behaviour filters with them.
        for (item, l) in items.iter().zip(listed.iter_mut()) {
            l.entry.tags = tags(&chips, |query| matches(item, query));
        }
    }
    let items = Arc::new(items);
    let for_body = items.clone();
    // The rest is not generic: one copy in the wasm for the three sections.
    by_index(
        spec,
        listed,
        chips,
        Arc::new(move |i, route| matches(&items[i], &|k| route.param(k))),
        Arc::new(move |i| body(&for_body[i])),
    )
}

/// "region=asia role=host": the chips (key=value) an item passes, each on its own.
fn tags(chips: &[ChipGroup], passes: impl Fn(Query) -> bool) -> String {
    chips
        .iter()
        .flat_map(|g| g.chips.iter().map(move |c| (g.key, c.id.as_str())))
        .filter(|(key, value)| passes(&|k| (k == *key).then(|| (*value).to_owned())))
        .map(|(key, value)| format!("{key}={value}"))
        .collect::<Vec<_>>()
        .join(" ")
}

type Matches = Arc<dyn Fn(usize, &ItemRoute) -> bool + Send + Sync>;

fn by_index(
    spec: &'static ListSpec,
    listed: Vec<Listed>,
    chips: Vec<ChipGroup>,
    matches: Matches,
    body: Body,
) -> AnyView {
    let path = spec.section.path;
    let route = use_item_route("slug", spec.keys, move |slug| {
        routes::section_item(path, slug)
    });
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
                    <NotFound message=(spec.unknown)(&item) back=spec.section.back()/>
                }
            })
        }
    };
    let shown_count =
        Signal::derive(move || shown.with(|g| g.iter().map(|(_, es)| es.len()).sum::<usize>()));
    if routes::islands() {
        let search = Search {
            section: spec.section.id,
            label: spec.search.0,
            placeholder: spec.search.1,
        };
        let section = spec.section;
        let keys = spec.keys.join(" ");
        let (title, description) = page_identity(section.path);
        return view! {
            <crate::islands::ItemsBehaviour>
                <div class="list-section" data-items=routes::href(section.path) data-keys=keys
                    data-noun=format!("{}|{}", section.noun.0, section.noun.1) data-total=total
                    data-page-title=title data-page-description=description>
                    {all_entries(route, spec, &listed, selected, body)}
                    <FilterBar route groups=chips noun=section.noun total shown=shown_count search/>
                    <ItemList route noun=section.noun.0 label=spec.list_label groups=shown/>
                </div>
            </crate::islands::ItemsBehaviour>
        }
        .into_any();
    }
    view! {
        {unknown}
        <div class="list-section" node_ref=route.root>
            <Show when=move || selected.get().is_some()>
                <OpenEntry route spec listed=listed.clone() selected body=body.clone()/>
            </Show>
            <FilterBar route groups=chips noun=spec.section.noun total shown=shown_count
                search=Search { section: spec.section.id, label: spec.search.0, placeholder: spec.search.1 }/>
            <ItemList route noun=spec.section.noun.0 label=spec.list_label groups=shown/>
        </div>
    }
    .into_any()
}

type Body = Arc<dyn Fn(usize) -> AnyView + Send + Sync>;

/// The name of an entry by id (for Previous and Next's names).
fn name_of(listed: Arc<Vec<Listed>>) -> Callback<String, Option<String>> {
    Callback::new(move |id: String| {
        listed
            .iter()
            .find(|l| l.entry.id == id)
            .map(|l| l.entry.name.clone())
    })
}

/// Every entry's detail in one detail shell, the open one shown (see `DetailShell`).
fn all_entries(
    route: ItemRoute,
    spec: &'static ListSpec,
    listed: &[Listed],
    selected: Memo<Option<usize>>,
    body: Body,
) -> impl IntoView {
    let noun = spec.section.noun.0;
    let items = listed
        .iter()
        .enumerate()
        .map(|(i, l)| ShellItem {
            id: l.entry.id.clone(),
            name: l.entry.name.clone(),
            path: l.entry.path.clone(),
            class: String::new(),
            head: None,
            body: body(i),
        })
        .collect();
    view! {
        <DetailShell route block="detail" testid=format!("{noun}-card") noun hashtag=spec.section.hashtag
            items open=selected.get_untracked()/>
    }
}

/// The open entry: its detail pane, which stays mounted while the visitor steps.
#[component]
fn OpenEntry(
    route: ItemRoute,
    spec: &'static ListSpec,
    listed: Arc<Vec<Listed>>,
    selected: Memo<Option<usize>>,
    body: Body,
) -> impl IntoView {
    let entry = {
        let listed = listed.clone();
        Memo::new(move |_| selected.get().map(|i| listed[i].entry.clone()))
    };
    let name_of = name_of(listed);
    view! {
        <DetailPane route noun=spec.section.noun.0 hashtag=spec.section.hashtag name_of
            title=Signal::derive(move || entry.with(|e| e.as_ref().map(|e| e.name.clone()).unwrap_or_default()))
            path=Signal::derive(move || entry.with(|e| e.as_ref().map(|e| e.path.clone()).unwrap_or_default()))>
            {move || selected.get().map(|i| body(i))}
        </DetailPane>
    }
}
