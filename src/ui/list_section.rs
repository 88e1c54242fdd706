//! A list section (members, partners, team): a filter bar, the entries in groups, and
//! every entry's detail in one detail shell, the open one shown. The sections give their
//! entries, chips, filter and detail body; this renders the rest once.

use leptos::prelude::*;
use wego10_core::strings;

use super::detail_shell::{page_identity, DetailShell, ShellItem};
use super::filter_bar::{ChipGroup, FilterBar, Search};
use super::item_list::{Entry, ItemList};
use super::item_route::use_item_route;
use super::not_found::{NotFound, SLUG};
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
    search: strings::lists::MEMBERS_SEARCH,
    list_label: strings::lists::MEMBERS_LIST,
    unknown: strings::lists::no_member,
};
pub const PARTNERS: ListSpec = ListSpec {
    section: &section::PARTNERS,
    keys: &["kind", "q"],
    search: strings::lists::PARTNERS_SEARCH,
    list_label: strings::lists::PARTNERS_LIST,
    unknown: strings::lists::no_partner,
};
pub const TEAM: ListSpec = ListSpec {
    section: &section::TEAM,
    keys: &["group", "q"],
    search: strings::lists::TEAM_SEARCH,
    list_label: strings::lists::TEAM_LIST,
    unknown: strings::lists::no_person,
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
/// says whether an item passes the filters of a query (each entry names the chips it
/// passes: the page's behaviour filters with them); `body(item)` is its detail under
/// its heading.
pub fn list_section<T>(
    spec: &'static ListSpec,
    items: Vec<(T, Listed)>,
    chips: Vec<ChipGroup>,
    matches: impl Fn(&T, Query) -> bool,
    body: impl Fn(&T) -> AnyView,
) -> impl IntoView {
    let (listed, details): (Vec<Listed>, Vec<AnyView>) = items
        .into_iter()
        .map(|(item, mut l)| {
            l.entry.tags = tags(&chips, |query| matches(&item, query));
            (l, body(&item))
        })
        .unzip();
    section(spec, listed, details, chips)
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

/// Not generic: one copy for the three sections.
fn section(
    spec: &'static ListSpec,
    listed: Vec<Listed>,
    details: Vec<AnyView>,
    chips: Vec<ChipGroup>,
) -> AnyView {
    let section = spec.section;
    let path = section.path;
    let route = use_item_route("slug", move |slug| routes::section_item(path, slug));
    let total = listed.len();
    let open = route
        .item()
        .and_then(|item| listed.iter().position(|l| l.entry.id == item));
    let items = listed
        .iter()
        .zip(details)
        .map(|(l, body)| ShellItem {
            id: l.entry.id.clone(),
            name: l.entry.name.clone(),
            path: l.entry.path.clone(),
            class: String::new(),
            head: None,
            body,
        })
        .collect();
    let mut groups: Vec<(Option<String>, Vec<Entry>)> = Vec::new();
    for l in listed {
        match groups.last_mut() {
            Some((group, entries)) if *group == l.group => entries.push(l.entry),
            _ => groups.push((l.group, vec![l.entry])),
        }
    }
    let search = Search {
        section: section.id,
        label: spec.search.0,
        placeholder: spec.search.1,
    };
    let noun = section.noun.0;
    let (title, description) = page_identity(section.path);
    view! {
        <NotFound message=(spec.unknown)(SLUG) back=section.back() missing=true/>
        <crate::islands::ItemsBehaviour>
            <div class="list-section" data-items=routes::href(section.path) data-keys=spec.keys.join(" ")
                data-noun=format!("{}|{}", section.noun.0, section.noun.1)
                data-page-title=title data-page-description=description>
                <DetailShell route block="detail" testid=format!("{noun}-card") noun hashtag=section.hashtag
                    items open/>
                <FilterBar groups=chips noun=section.noun total search/>
                <ItemList route noun label=spec.list_label groups/>
            </div>
        </crate::islands::ItemsBehaviour>
    }
    .into_any()
}
