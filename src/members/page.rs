use std::sync::Arc;

use leptos::prelude::*;
use wego10_core::strings;

use super::logic::{self, Appearance, Filter, MemberRole};
use crate::data::{use_site_data, Member, MembersFile, Story};
use crate::routes;
use crate::ui::filter_bar::ChipGroup;
use crate::ui::item_list::Entry;
use crate::ui::list_section::{self, list_section, Listed};
use crate::ui::sources::SourceList;

/// `/members` and `/members/:slug`, with `?region=`, `?role=` and `?q=`.
#[component]
pub fn Members(file: Arc<MembersFile>) -> impl IntoView {
    let story = Arc::new(use_site_data().story());
    let refs = story.refs();
    // In the list's order (by region, then name), each with its roles, derived once.
    let all: Vec<&Member> = file.members.iter().collect();
    let ordered: Vec<(Member, Vec<MemberRole>)> = logic::by_region(&all)
        .into_iter()
        .flat_map(|(_, ms)| ms)
        .map(|m| (m.clone(), logic::roles(m, &refs)))
        .collect();
    let listed: Vec<Listed> = ordered
        .iter()
        .map(|(m, _)| Listed {
            // Members whose region the sources do not give come last, under their own
            // heading (not under the last region's).
            group: Some(
                m.region
                    .clone()
                    .unwrap_or_else(|| strings::lists::REGION_NOT_GIVEN.to_owned()),
            ),
            entry: Entry {
                id: m.id.to_string(),
                name: m.name.clone(),
                line: m.country.clone().unwrap_or_default(),
                path: routes::member(m.id.as_str()),
                search: wego10_core::text::search_text(logic::search_fields(m)),
                ..Entry::default()
            },
        })
        .collect();
    let chips = vec![
        ChipGroup::counted(
            "region",
            strings::lists::FILTER_BY_REGION.0,
            strings::lists::FILTER_BY_REGION.1,
            logic::regions_in_use(&file.members),
        ),
        ChipGroup::counted(
            "role",
            strings::lists::FILTER_BY_ROLE.0,
            strings::lists::FILTER_BY_ROLE.1,
            logic::roles_in_use(&file.members, &refs)
                .into_iter()
                .map(|(role, n)| (role.as_str(), role.label(), n)),
        ),
    ];
    list_section(
        &list_section::MEMBERS,
        ordered.into_iter().zip(listed).collect(),
        chips,
        |(m, roles), query| Filter::from_query(query).matches_with_roles(m, roles),
        move |(m, roles)| member_body(m, roles, &story).into_any(),
    )
}

/// What is known of a member, its roles, where it appears in WeGO's story (linked),
/// and its sources.
fn member_body(m: &Member, roles: &[MemberRole], story: &Story) -> impl IntoView + use<> {
    let refs = story.refs();
    let kind = logic::kind_label(m.kind);
    let place = [m.country.clone(), m.region.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let roles: Vec<&str> = roles.iter().map(|r| r.label()).collect();
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
            <p><a href=routes::href(&routes::with_query(routes::OFFICES, &[("members", "1")])) data-testid="member-on-map">{strings::lists::ON_THE_MAP}</a></p>
        })}
        <h3>{strings::lists::IN_THE_STORY}</h3>
        {if appearances.is_empty() {
            view! { <p data-testid="appearances-none">{strings::lists::NO_APPEARANCES}</p> }.into_any()
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
            <p class="note">{strings::lists::COORDINATES}{match s.url {
                Some(url) if crate::ui::sources::is_web_link(&url) => view! { <a href=url rel="noopener noreferrer" target="_blank">{s.label}</a> }.into_any(),
                _ => view! { <span>{s.label}</span> }.into_any(),
            }}</p>
        })}
        <SourceList sources=m.sources.clone()/>
    }
}
