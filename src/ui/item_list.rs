use leptos::prelude::*;

use super::item_link::ItemLink;
use super::item_route::ItemRoute;
use crate::routes;

/// One entry of a list section: its id, name, a line about it, and its app path; what
/// its search box looks in (`wego10_core::text::search_text`) and, filled by the section,
/// the filter values it has ("region=asia role=host"), so the page's behaviour filters
/// with no data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Entry {
    pub id: String,
    pub name: String,
    pub line: String,
    pub path: String,
    pub search: String,
    pub tags: String,
}

/// The entries of a list section, in groups under headings (a group without a heading
/// shows none).
#[component]
pub fn ItemList(
    route: ItemRoute,
    /// "member": the entries' test id, and their links' ids ("member-link-<id>").
    noun: &'static str,
    /// The list's name for screen readers.
    label: &'static str,
    groups: Vec<(Option<String>, Vec<Entry>)>,
) -> impl IntoView {
    view! {
        <div class="item-list">
            <h2 class="visually-hidden">{label}</h2>
            {groups.into_iter().map(|(heading, entries)| view! {
                <div class="item-list__group">
                {heading.map(|h| view! { <h3 class="item-list__heading">{h}</h3> })}
                <ul>
                    {entries.into_iter().map(|e| {
                        let current = route.is_open(&e.id);
                        view! {
                            <li class="item-list__item" data-testid=noun data-id=e.id.clone()
                                data-search=e.search data-tags=e.tags>
                                <ItemLink item=e.id.clone() id=format!("{noun}-link-{}", e.id) href=routes::href(&e.path) current>
                                    <strong>{e.name}</strong>
                                </ItemLink>
                                {(!e.line.is_empty()).then(|| view! { <span class="item-list__line">{e.line}</span> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                </div>
            }).collect_view()}
        </div>
    }
}
