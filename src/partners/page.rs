use std::sync::Arc;

use leptos::prelude::*;
use wego10_core::item_nav::KeyMap;

use super::logic;
use crate::data::{use_site_data, Partner, PartnerKind, PartnersFile, Story};
use crate::routes;
use crate::ui::detail_pane::{DetailPane, Pane};
use crate::ui::filter_bar::{Chip, ChipGroup, FilterBar, Search};
use crate::ui::item_list::{Entry, ItemList};
use crate::ui::item_route::{use_item_route, ItemRoute};
use crate::ui::loading::Loading;
use crate::ui::not_found::NotFound;
use crate::ui::section::{self, section_page};
use crate::ui::sources::{is_web_link, SourceList};

/// `/partners` and `/partners/:slug`, with `?kind=` and `?q=`.
#[component]
pub fn PartnersPage() -> impl IntoView {
    section_page(section::PARTNERS, use_site_data().partners, |file| {
        // What the section derives comes from the other files: wait for them.
        let data = use_site_data();
        (move || match data.story_settled() {
            true => view! { <Partners file=file.clone()/> }.into_any(),
            false => view! { <Loading what="the partners"/> }.into_any(),
        })
        .into_any()
    })
}

const KEYS: &[&str] = &["kind", "q"];

#[component]
fn Partners(file: Arc<PartnersFile>) -> impl IntoView {
    let route = use_item_route("slug", KEYS, |slug| {
        slug.map_or(routes::PARTNERS.to_owned(), routes::partner)
    });
    route.listen_keys(
        KeyMap {
            arrows: true,
            ..KeyMap::default()
        },
        None,
    );
    let story = Arc::new(use_site_data().story());
    // In the order of their first event with WeGO.
    let partners: Arc<Vec<Partner>> = Arc::new(
        logic::ordered(&file.partners, story.events())
            .into_iter()
            .cloned()
            .collect(),
    );
    let shown = {
        let (partners, story) = (partners.clone(), story.clone());
        Memo::new(move |_| {
            let (kind, q) = (route.param("kind"), route.param("q").unwrap_or_default());
            let entries: Vec<Entry> = partners
                .iter()
                .filter(|p| logic::matches(p, kind.as_deref(), &q))
                .map(|p| {
                    let years = logic::years_label(&logic::years(p.id.as_str(), story.events()));
                    Entry {
                        id: p.id.to_string(),
                        name: logic::display_name(p),
                        line: [p.kind.label().to_owned(), years]
                            .into_iter()
                            .filter(|s| !s.is_empty())
                            .collect::<Vec<_>>()
                            .join(" · "),
                        path: routes::partner(p.id.as_str()),
                    }
                })
                .collect();
            vec![(None, entries)]
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
        let partners = partners.clone();
        Memo::new(move |_| {
            route
                .item
                .get()
                .and_then(|s| partners.iter().position(|p| p.id == s.as_str()))
        })
    };
    let mut kinds: Vec<PartnerKind> = partners.iter().map(|p| p.kind).collect();
    kinds.sort();
    kinds.dedup();
    let groups = vec![ChipGroup {
        key: "kind",
        label: "Filter by kind",
        all: ("All kinds", None),
        chips: kinds
            .into_iter()
            .map(|k| Chip {
                id: k.as_str().to_owned(),
                label: k.label().to_owned(),
                count: Some(Signal::stored(
                    partners.iter().filter(|p| p.kind == k).count(),
                )),
            })
            .collect(),
    }];
    let unknown = {
        let partners = partners.clone();
        move || {
            route.item.get().filter(|s| !partners.iter().any(|p| p.id == s.as_str())).map(|s| view! {
                <NotFound message=format!("There is no partner \"{s}\".") back=(routes::PARTNERS.to_owned(), "Back to the partners")/>
            })
        }
    };
    let total = partners.len();
    let card_partners = partners.clone();
    view! {
        {unknown}
        <div class="list-section" node_ref=route.root>
            <Show when=move || selected.get().is_some()>
                <PartnerCard route partners=card_partners.clone() story=story.clone() index=selected/>
            </Show>
            <FilterBar
                route
                search=Search { id: "partners-search", label: "Search partners", placeholder: "Name or what it did" }
                groups
                noun=("partner", "partners")
                total
                shown=Signal::derive(move || shown.with(|g| g.iter().map(|(_, es)| es.len()).sum::<usize>()))
                count_testid="partner-count"
            />
            <ItemList route noun="partner" label="Partners, by their first year with WeGO" groups=shown/>
        </div>
    }
}

/// The open partner: what it did with WeGO, in which years, and at which events.
#[component]
fn PartnerCard(
    route: ItemRoute,
    partners: Arc<Vec<Partner>>,
    story: Arc<Story>,
    index: Memo<Option<usize>>,
) -> impl IntoView {
    let partner = {
        let partners = partners.clone();
        Memo::new(move |_| partners[index.get().unwrap_or(0)].clone())
    };
    let name_of = Callback::new(move |id: String| {
        partners
            .iter()
            .find(|p| p.id == id.as_str())
            .map(logic::display_name)
    });
    let data = use_site_data();
    let pane = Pane {
        testid: "partner-card",
        title_id: "partner-card-title",
        noun: "partner",
        hashtag: Some(wego10_core::meta::PARTNERS_HASHTAG),
    };
    view! {
        <DetailPane route pane name_of
            title=Signal::derive(move || partner.with(logic::display_name))
            path=Signal::derive(move || partner.with(|p| routes::partner(p.id.as_str())))>
            {move || partner.with(|p| {
                let member = data.members.loaded_untracked().and_then(|m| logic::as_member(p, &m.members).map(|m| m.id.to_string()));
                partner_body(p, &story, member)
            })}
            <SourceList sources=Signal::derive(move || partner.with(|p| p.sources.clone()))/>
        </DetailPane>
    }
}

fn partner_body(p: &Partner, story: &Story, member: Option<String>) -> impl IntoView + use<> {
    let years = logic::years_label(&logic::years(p.id.as_str(), story.events()));
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
        <p class="detail__meta">{p.kind.label()}{(!years.is_empty()).then(|| format!(" · with WeGO in {years}"))}</p>
        <p>{p.summary.clone()}</p>
        {member.map(|id| view! {
            <p><a href=routes::href(&routes::member(&id)) data-testid="partner-member">"Also a member of WeGO"</a></p>
        })}
        {p.url.clone().filter(|u| is_web_link(u)).map(|url| view! {
            <p><a href=url rel="noopener noreferrer" target="_blank">"Website"</a></p>
        })}
        {(!events.is_empty()).then(|| view! {
            <h3>"On the timeline"</h3>
            <ul class="detail__list" data-testid="partner-events">
                {events.into_iter().map(|(href, title)| view! { <li><a href=href>{title}</a></li> }).collect_view()}
            </ul>
        })}
    }
}
