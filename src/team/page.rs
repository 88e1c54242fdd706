use std::sync::Arc;

use leptos::prelude::*;
use wego10_core::strings;

use super::logic::{self, Group};
use crate::data::{use_site_data, Story, TeamFile, TeamMember};
use crate::routes;
use crate::ui::filter_bar::ChipGroup;
use crate::ui::item_list::Entry;
use crate::ui::link_list::link_list;
use crate::ui::list_section::{self, list_section, Listed};
use crate::ui::sources::SourceList;

/// `/team` and `/team/:slug`, with `?group=` and `?q=`.
#[component]
pub fn Team(file: Arc<TeamFile>) -> impl IntoView {
    let story = Arc::new(use_site_data().story());
    // Each person once, under their first group, groups in `Group::ALL` order; their
    // groups derived once.
    let mut people: Vec<(TeamMember, Vec<Group>)> = file
        .people
        .iter()
        .map(|p| {
            (
                p.clone(),
                logic::groups(p, story.offices(), story.editions()),
            )
        })
        .filter(|(_, gs)| !gs.is_empty())
        .collect();
    // By their first group, in the order of `Group::ALL`.
    wego10_core::order::sort_by_number(&mut people, |(_, gs)| {
        let position = Group::ALL.iter().position(|g| Some(g) == gs.first());
        position.map_or(0, |p| p as u32 + 1)
    });
    let listed: Vec<Listed> = people
        .iter()
        .map(|(p, gs)| Listed {
            group: gs.first().map(|g| g.label().to_owned()),
            entry: Entry {
                id: p.id.to_string(),
                name: p.name.clone(),
                line: logic::roles(p, story.editions())
                    .first()
                    .map(|r| r.title.clone())
                    .unwrap_or_default(),
                path: routes::person(p.id.as_str()),
                search: wego10_core::text::search_text(logic::search_fields(p)),
                ..Entry::default()
            },
        })
        .collect();
    let in_group = |g: &Group| people.iter().filter(|(_, gs)| gs.contains(g)).count();
    let groups = Group::ALL
        .iter()
        .map(|g| (g.as_str(), g.label(), in_group(g)));
    let chips = vec![ChipGroup::counted(
        "group",
        strings::lists::FILTER_BY_GROUP.0,
        strings::lists::FILTER_BY_GROUP.1,
        groups.filter(|(_, _, n)| *n > 0),
    )];
    list_section(
        &list_section::TEAM,
        people.into_iter().zip(listed).collect(),
        chips,
        |(p, gs), query| {
            logic::matches(
                p,
                gs,
                query("group").as_deref(),
                &query("q").unwrap_or_default(),
            )
        },
        move |(p, _)| person_body(p, &story).into_any(),
    )
}

/// A person's roles with their years, the editions judged, the events; the sources.
fn person_body(p: &TeamMember, story: &Story) -> impl IntoView + use<> {
    let roles: Vec<String> = logic::roles(p, story.editions())
        .iter()
        .map(|r| {
            let place = r.place(story.offices()).or_else(|| r.edition.clone());
            let line = r.line(place.as_deref());
            match &r.note {
                Some(note) => format!("{line}. {note}"),
                None => line,
            }
        })
        .collect();
    let link = |path: String, text: &str| (routes::href(&path), text.to_owned());
    let editions = logic::editions_judged(p.id.as_str(), story.editions())
        .iter()
        .map(|e| link(routes::awards_edition(e.id.as_str()), &e.name))
        .collect();
    let events = logic::events_of(p.id.as_str(), story.events())
        .iter()
        .map(|e| link(routes::timeline_event(e.id.as_str()), &e.title))
        .collect();
    view! {
        <ul class="detail__list" data-testid="person-roles">
            {roles.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
        </ul>
        {link_list(strings::detail::JUDGED, "person-editions", editions)}
        {link_list(strings::detail::ON_THE_TIMELINE, "person-events", events)}
        <SourceList sources=p.sources.clone()/>
    }
}
