use std::sync::Arc;

use leptos::prelude::*;
use wego10_core::item_nav::KeyMap;

use super::logic::{self, Group};
use crate::data::{use_site_data, Story, TeamFile, TeamMember};
use crate::routes;
use crate::ui::detail_pane::{DetailPane, Pane};
use crate::ui::filter_bar::{Chip, ChipGroup, FilterBar, Search};
use crate::ui::item_list::{Entry, ItemList};
use crate::ui::item_route::{use_item_route, ItemRoute};
use crate::ui::loading::Loading;
use crate::ui::not_found::NotFound;
use crate::ui::section::{self, section_page};
use crate::ui::sources::SourceList;

/// `/team` and `/team/:slug`, with `?group=` and `?q=`.
#[component]
pub fn TeamPage() -> impl IntoView {
    section_page(section::TEAM, use_site_data().team, |file| {
        // What the section derives comes from the other files: wait for them.
        let data = use_site_data();
        (move || match data.story_settled() {
            true => view! { <Team file=file.clone()/> }.into_any(),
            false => view! { <Loading what="the team"/> }.into_any(),
        })
        .into_any()
    })
}

const KEYS: &[&str] = &["group", "q"];

#[component]
fn Team(file: Arc<TeamFile>) -> impl IntoView {
    let route = use_item_route("slug", KEYS, |slug| {
        slug.map_or(routes::TEAM.to_owned(), routes::person)
    });
    route.listen_keys(
        KeyMap {
            arrows: true,
            ..KeyMap::default()
        },
        None,
    );
    let story = Arc::new(use_site_data().story());
    let people = Arc::new(file.people.clone());
    let groups_of: Arc<Vec<Vec<Group>>> = Arc::new(
        people
            .iter()
            .map(|p| logic::groups(p, story.offices(), story.editions()))
            .collect(),
    );
    // Each person once, under their first group.
    let shown = {
        let (people, groups_of, story) = (people.clone(), groups_of.clone(), story.clone());
        Memo::new(move |_| {
            let (group, q) = (route.param("group"), route.param("q").unwrap_or_default());
            Group::ALL
                .iter()
                .map(|g| {
                    let entries: Vec<Entry> = people
                        .iter()
                        .zip(groups_of.iter())
                        .filter(|(p, gs)| {
                            gs.first() == Some(g) && logic::matches(p, gs, group.as_deref(), &q)
                        })
                        .map(|(p, _)| Entry {
                            id: p.id.to_string(),
                            name: p.name.clone(),
                            line: logic::roles(p, story.editions())
                                .first()
                                .map(|r| r.title.clone())
                                .unwrap_or_default(),
                            path: routes::person(p.id.as_str()),
                        })
                        .collect();
                    (Some(g.label().to_owned()), entries)
                })
                .filter(|(_, es)| !es.is_empty())
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
        let people = people.clone();
        Memo::new(move |_| {
            route
                .item
                .get()
                .and_then(|s| people.iter().position(|p| p.id == s.as_str()))
        })
    };
    let chips = vec![ChipGroup {
        key: "group",
        label: "Filter by group",
        all: ("Everyone", None),
        chips: Group::ALL
            .iter()
            .map(|g| Chip {
                id: g.as_str().to_owned(),
                label: g.label().to_owned(),
                count: Some(Signal::stored(
                    groups_of.iter().filter(|gs| gs.contains(g)).count(),
                )),
            })
            .filter(|c| c.count.is_some_and(|n| n.get_untracked() > 0))
            .collect(),
    }];
    let unknown = {
        let people = people.clone();
        move || {
            route.item.get().filter(|s| !people.iter().any(|p| p.id == s.as_str())).map(|s| view! {
                <NotFound message=format!("There is no person \"{s}\" in the team.") back=(routes::TEAM.to_owned(), "Back to the team")/>
            })
        }
    };
    let total = people.len();
    let card_people = people.clone();
    view! {
        {unknown}
        <div class="list-section" node_ref=route.root>
            <Show when=move || selected.get().is_some()>
                <PersonCard route people=card_people.clone() story=story.clone() index=selected/>
            </Show>
            <FilterBar
                route
                search=Search { id: "team-search", label: "Search people", placeholder: "Name or role" }
                groups=chips
                noun=("person", "people")
                total
                shown=Signal::derive(move || shown.with(|g| g.iter().map(|(_, es)| es.len()).sum::<usize>()))
                count_testid="person-count"
            />
            <ItemList route noun="person" label="People, by group" groups=shown/>
        </div>
    }
}

/// The open person: roles with years, the editions judged and the events they appear in.
#[component]
fn PersonCard(
    route: ItemRoute,
    people: Arc<Vec<TeamMember>>,
    story: Arc<Story>,
    index: Memo<Option<usize>>,
) -> impl IntoView {
    let person = {
        let people = people.clone();
        Memo::new(move |_| people[index.get().unwrap_or(0)].clone())
    };
    let name_of = Callback::new(move |id: String| {
        people
            .iter()
            .find(|p| p.id == id.as_str())
            .map(|p| p.name.clone())
    });
    let pane = Pane {
        testid: "person-card",
        title_id: "person-card-title",
        noun: "person",
        hashtag: Some(wego10_core::meta::TEAM_HASHTAG),
    };
    view! {
        <DetailPane route pane name_of
            title=Signal::derive(move || person.with(|p| p.name.clone()))
            path=Signal::derive(move || person.with(|p| routes::person(p.id.as_str())))>
            {move || person.with(|p| person_body(p, &story))}
            <SourceList sources=Signal::derive(move || person.with(|p| p.sources.clone()))/>
        </DetailPane>
    }
}

fn person_body(p: &TeamMember, story: &Story) -> impl IntoView + use<> {
    let roles: Vec<String> = logic::roles(p, story.editions())
        .iter()
        .map(|r| {
            let place = r.place(story.offices()).or_else(|| r.edition.clone());
            let years = r.years_label();
            let mut line = r.title.clone();
            if let Some(place) = place {
                line.push_str(&format!(", {place}"));
            }
            if !years.is_empty() {
                line.push_str(&format!(" ({years})"));
            }
            if let Some(note) = &r.note {
                line.push_str(&format!(". {note}"));
            }
            line
        })
        .collect();
    let editions: Vec<(String, String)> = logic::editions_judged(p.id.as_str(), story.editions())
        .iter()
        .map(|e| {
            (
                routes::href(&routes::awards_edition(e.id.as_str())),
                e.name.clone(),
            )
        })
        .collect();
    let events: Vec<(String, String)> = logic::events_of(p.id.as_str(), story.events())
        .iter()
        .map(|e| {
            (
                routes::href(&routes::timeline_event(e.id.as_str())),
                e.title.clone(),
            )
        })
        .collect();
    view! {
        <ul class="detail__list" data-testid="person-roles">
            {roles.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
        </ul>
        {(!editions.is_empty()).then(|| view! {
            <h3>"Judged"</h3>
            <ul class="detail__list" data-testid="person-editions">
                {editions.into_iter().map(|(href, name)| view! { <li><a href=href>{name}</a></li> }).collect_view()}
            </ul>
        })}
        {(!events.is_empty()).then(|| view! {
            <h3>"On the timeline"</h3>
            <ul class="detail__list" data-testid="person-events">
                {events.into_iter().map(|(href, title)| view! { <li><a href=href>{title}</a></li> }).collect_view()}
            </ul>
        })}
    }
}
