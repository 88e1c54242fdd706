use std::sync::Arc;

use leptos::prelude::*;
use wego10_core::item_nav::KeyMap;

use super::logic::{self, Appearance, Filter, MemberRole};
use crate::data::{use_site_data, Member, MembersFile, Story};
use crate::routes;
use crate::ui::detail_pane::{DetailPane, Pane};
use crate::ui::filter_bar::{Chip, ChipGroup, FilterBar, Search};
use crate::ui::item_list::{Entry, ItemList};
use crate::ui::item_route::{use_item_route, ItemRoute};
use crate::ui::loading::Loading;
use crate::ui::not_found::NotFound;
use crate::ui::section::{self, section_page};
use crate::ui::sources::SourceList;

/// `/members` and `/members/:slug`, with `?region=`, `?role=` and `?q=`.
#[component]
pub fn MembersPage() -> impl IntoView {
    section_page(section::MEMBERS, use_site_data().members, |file| {
        // What the section derives comes from the other files: wait for them.
        let data = use_site_data();
        (move || match data.story_settled() {
            true => view! { <Members file=file.clone()/> }.into_any(),
            false => view! { <Loading what="the members"/> }.into_any(),
        })
        .into_any()
    })
}

const KEYS: &[&str] = &["region", "role", "q"];

#[component]
fn Members(file: Arc<MembersFile>) -> impl IntoView {
    let route = use_item_route("slug", KEYS, |slug| {
        slug.map_or(routes::MEMBERS.to_owned(), routes::member)
    });
    route.listen_keys(
        KeyMap {
            arrows: true,
            ..KeyMap::default()
        },
        None,
    );
    let story = Arc::new(use_site_data().story());
    let members = Arc::new(file.members.clone());
    let filter = Memo::new(move |_| Filter::from_query(|k| route.param(k)));
    let shown = {
        let (members, story) = (members.clone(), story.clone());
        Memo::new(move |_| {
            let refs = story.refs();
            let shown = logic::filter(&members, &filter.get(), &refs);
            logic::by_region(&shown)
                .into_iter()
                .map(|(region, ms)| {
                    let entries = ms.iter().map(|m| entry(m)).collect::<Vec<_>>();
                    (
                        Some(region.unwrap_or("Region not given").to_owned()),
                        entries,
                    )
                })
                .collect::<Vec<_>>()
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
        let members = members.clone();
        Memo::new(move |_| {
            route
                .item
                .get()
                .and_then(|s| members.iter().position(|m| m.id == s.as_str()))
        })
    };
    let refs = story.refs();
    let groups = vec![
        ChipGroup {
            key: "region",
            label: "Filter by region",
            all: ("All regions", None),
            chips: logic::regions_in_use(&members)
                .into_iter()
                .map(|(id, label, n)| Chip {
                    id,
                    label,
                    count: Some(Signal::stored(n)),
                })
                .collect(),
        },
        ChipGroup {
            key: "role",
            label: "Filter by role",
            all: ("All roles", None),
            chips: logic::roles_in_use(&members, &refs)
                .into_iter()
                .map(|(role, n)| Chip {
                    id: role.as_str().to_owned(),
                    label: role.label().to_owned(),
                    count: Some(Signal::stored(n)),
                })
                .collect(),
        },
    ];
    let unknown = {
        let members = members.clone();
        move || {
            route.item.get().filter(|s| !members.iter().any(|m| m.id == s.as_str())).map(|s| view! {
                <NotFound message=format!("There is no member \"{s}\" in WeGO's story as we have it.") back=(routes::MEMBERS.to_owned(), "Back to the members")/>
            })
        }
    };
    let total = members.len();
    let card_members = members.clone();
    view! {
        {unknown}
        <div class="list-section" node_ref=route.root>
            <Show when=move || selected.get().is_some()>
                <MemberCard route members=card_members.clone() story=story.clone() index=selected/>
            </Show>
            <FilterBar
                route
                search=Search { id: "members-search", label: "Search members", placeholder: "City, country or region" }
                groups
                noun=("member", "members")
                total
                shown=Signal::derive(move || shown.with(|g| g.iter().map(|(_, es)| es.len()).sum::<usize>()))
                count_testid="member-count"
            />
            <ItemList route noun="member" label="Members by region" groups=shown/>
        </div>
    }
}

/// A member in the list: its name, and where it is.
fn entry(m: &Member) -> Entry {
    Entry {
        id: m.id.to_string(),
        name: m.name.clone(),
        line: m.country.clone().unwrap_or_default(),
        path: routes::member(m.id.as_str()),
    }
}

/// The open member: what it is, its roles, where it appears in WeGO's story (linked),
/// and its sources.
#[component]
fn MemberCard(
    route: ItemRoute,
    members: Arc<Vec<Member>>,
    story: Arc<Story>,
    index: Memo<Option<usize>>,
) -> impl IntoView {
    let member = {
        let members = members.clone();
        Memo::new(move |_| members[index.get().unwrap_or(0)].clone())
    };
    let name_of = {
        let members = members.clone();
        Callback::new(move |id: String| {
            members
                .iter()
                .find(|m| m.id == id.as_str())
                .map(|m| m.name.clone())
        })
    };
    let pane = Pane {
        testid: "member-card",
        title_id: "member-card-title",
        noun: "member",
        hashtag: Some(wego10_core::meta::MEMBERS_HASHTAG),
    };
    view! {
        <DetailPane route pane name_of
            title=Signal::derive(move || member.with(|m| m.name.clone()))
            path=Signal::derive(move || member.with(|m| routes::member(m.id.as_str())))>
            {move || member.with(|m| member_body(m, &story))}
            <SourceList sources=Signal::derive(move || member.with(|m| m.sources.clone()))/>
        </DetailPane>
    }
}

/// What is known of a member, and its appearances.
fn member_body(m: &Member, story: &Story) -> impl IntoView + use<> {
    let refs = story.refs();
    let kind = logic::kind_label(m.kind);
    let place = [m.country.clone(), m.region.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let roles: Vec<&str> = logic::roles(m, &refs)
        .into_iter()
        .map(MemberRole::label)
        .collect();
    let appearances: Vec<(String, String, String)> = logic::appearances(m.id.as_str(), &refs)
        .iter()
        .map(|a: &Appearance| {
            let year = a.year().map(|y| format!("{y} · ")).unwrap_or_default();
            (
                routes::href(&a.href()),
                a.title(),
                format!("{year}{}", a.role_label()),
            )
        })
        .collect();
    let on_map = logic::map_position(m).is_some();
    view! {
        <p class="detail__meta">{kind}{(!place.is_empty()).then(|| format!(" · {place}"))}</p>
        {(!roles.is_empty()).then(|| view! { <p class="detail__roles" data-testid="member-roles">{roles.join(" · ")}</p> })}
        {m.note.clone().map(|n| view! { <p>{n}</p> })}
        {on_map.then(|| view! {
            <p><a href=routes::href(&routes::with_query(routes::OFFICES, &[("members", "1")])) data-testid="member-on-map">"On the map of member cities"</a></p>
        })}
        <h3>"In WeGO's story"</h3>
        {if appearances.is_empty() {
            view! { <p data-testid="appearances-none">"Our sources name this member, but none of the events, awards or offices in this app."</p> }.into_any()
        } else {
            view! {
                <ul class="detail__list" data-testid="appearances">
                    {appearances.into_iter().map(|(href, title, what)| view! {
                        <li><a href=href>{title}</a><span class="detail__list-note">{format!(" ({what})")}</span></li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {m.coordinates_source.clone().map(|s| view! {
            <p class="note">"Coordinates: "{match s.url {
                Some(url) if crate::ui::sources::is_web_link(&url) => view! { <a href=url rel="noopener noreferrer" target="_blank">{s.label}</a> }.into_any(),
                _ => view! { <span>{s.label}</span> }.into_any(),
            }}</p>
        })}
    }
}
