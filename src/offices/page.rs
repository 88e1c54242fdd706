use std::sync::Arc;

use leptos::prelude::*;
use wego10_core::item_nav::KeyMap;

use super::logic::{established, marker_positions, open_in};
use super::office_card::{self, OfficeCard};
use super::world_map::{Marker, WorldMap};
use crate::data::{use_site_data, Member, Office, OfficeKind, OfficesFile};
use crate::routes::{self, href};
use crate::ui::detail_shell::{page_identity, DetailShell, ShellItem};
use crate::ui::item_link::ItemLink;
use crate::ui::item_route::use_item_route;
use crate::ui::not_found::NotFound;
use crate::ui::section;
use wego10_core::members as logic_members;
use wego10_core::strings;

const FIRST_YEAR: u16 = 2010;

/// `/offices` and `/offices/:slug`, with `?year=` for the network in a given year.
#[component]
pub fn Offices(file: Arc<OfficesFile>) -> impl IntoView {
    let route = use_item_route("slug", &["year", "members"], |slug| {
        routes::section_item(routes::OFFICES, slug)
    });
    // Esc closes the open office (the map has its own keys for panning and zooming).
    route.listen_keys(KeyMap::default(), None);
    let slug = route.item;
    let year = Memo::new(move |_| route.param("year").and_then(|y| y.parse::<u16>().ok()));
    let offices: Arc<Vec<Office>> = Arc::new(file.offices.clone());
    let last_year = routes::build_year().max(
        offices
            .iter()
            .filter_map(established)
            .max()
            .unwrap_or(FIRST_YEAR),
    );
    let shown_year =
        Memo::new(move |_| year.get().unwrap_or(last_year).clamp(FIRST_YEAR, last_year));
    let shown = {
        let offices = offices.clone();
        Memo::new(move |_| {
            offices
                .iter()
                .map(|o| open_in(o, shown_year.get()))
                .collect::<Vec<bool>>()
        })
    };
    let positions = marker_positions(
        &offices.iter().map(|o| (o.lat, o.lon)).collect::<Vec<_>>(),
        14.0,
    );
    let mut markers: Vec<Marker> = offices
        .iter()
        .zip(positions)
        .map(|(o, (x, y))| Marker {
            id: o.id.to_string(),
            label: format!("{}, {}: {}", o.city, o.country, o.name),
            x,
            y,
            secretariat: o.kind == OfficeKind::Secretariat,
            member: false,
            since: established(o),
            href: None,
        })
        .collect();
    // The member layer: member cities, each shown from the year it first appears.
    let data = use_site_data();
    let story = data.story();
    let members_file = data.members.loaded_untracked();
    let layer_members: Vec<(Member, u16)> = members_file
        .as_deref()
        .map(|f| {
            logic_members::on_map(&f.members)
                .into_iter()
                .filter_map(|m| {
                    Some((
                        (*m).clone(),
                        logic_members::first_year(m.id.as_str(), &story.refs())?,
                    ))
                })
                .collect()
        })
        .unwrap_or_default();
    let member_positions = marker_positions(
        &layer_members
            .iter()
            .map(|(m, _)| logic_members::map_position(m).unwrap_or_default())
            .collect::<Vec<_>>(),
        0.0,
    );
    markers.extend(
        layer_members
            .iter()
            .zip(member_positions)
            .map(|((m, since), (x, y))| Marker {
                id: format!("member-{}", m.id),
                label: match &m.country {
                    Some(c) => format!("{}, {c}: member city", m.name),
                    None => format!("{}: member city", m.name),
                },
                x,
                y,
                secretariat: false,
                member: true,
                since: Some(*since),
                href: Some(href(&routes::member(m.id.as_str()))),
            }),
    );
    let layer = Memo::new(move |_| route.param("members").is_some());
    let member_years: Vec<u16> = layer_members.iter().map(|(_, y)| *y).collect();
    let member_shown = Memo::new(move |_| {
        let (on, year) = (layer.get(), shown_year.get());
        member_years
            .iter()
            .map(|y| on && *y <= year)
            .collect::<Vec<bool>>()
    });
    let marker_shown = Memo::new(move |_| {
        let mut all = shown.get();
        all.extend(member_shown.get());
        all
    });
    let navigate = leptos_router::hooks::use_navigate();
    let on_select = Callback::new(move |id: String| match id.strip_prefix("member-") {
        Some(member) => navigate(&routes::member(member), Default::default()),
        None => route.open(id),
    });

    let set_year = move |y: u16| {
        // the latest year is the default: keep it out of the URL
        let y = if y == last_year {
            String::new()
        } else {
            y.to_string()
        };
        route.set_params(&[("year", &y)]);
    };
    let selected = {
        let offices = offices.clone();
        Memo::new(move |_| {
            slug.get()
                .and_then(|s| offices.iter().position(|o| o.id == s.as_str()))
        })
    };

    // Regions in the file's order, each with its offices.
    let mut regions: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, o) in offices.iter().enumerate() {
        match regions.iter_mut().find(|(r, _)| *r == o.region) {
            Some((_, v)) => v.push(i),
            None => regions.push((o.region.clone(), vec![i])),
        }
    }

    let islands = routes::islands();
    let card_offices = offices.clone();
    let not_found = {
        let offices = offices.clone();
        move || {
            slug.get().filter(|s| !offices.iter().any(|o| o.id == s.as_str())).map(|s| view! {
                <NotFound message=format!("There is no office \"{s}\".") back=section::OFFICES.back()/>
            })
        }
    };
    // The open office: on an islands page, every office's card in one detail shell.
    let card = if islands {
        let items = offices
            .iter()
            .map(|o| ShellItem {
                id: o.id.to_string(),
                name: o.name.clone(),
                path: routes::office(o.id.as_str()),
                class: String::new(),
                head: Some(office_card::kind(o).into_any()),
                body: office_card::body(use_site_data(), o).into_any(),
            })
            .collect();
        view! {
            <DetailShell route block="office-card" testid="office-card".to_owned() noun="office" hashtag=None
                items open=selected.get_untracked() steps=false/>
        }
        .into_any()
    } else {
        view! {
            <Show when=move || selected.get().is_some()>
                <OfficeCard route offices=card_offices.clone() index=selected/>
            </Show>
        }
        .into_any()
    };
    let member_count = layer_members.len();
    let content = view! {
        {(!islands).then_some(not_found)}
        {file.note.clone().map(|n| view! { <p class="note">{n}</p> })}
        <div class="year-control">
            <label for="office-year">"The network in "<output for="office-year" data-testid="year-value">{move || shown_year.get()}</output></label>
            <input id="office-year" type="range" min=FIRST_YEAR max=last_year step="1" data-testid="year"
                prop:value=move || shown_year.get().to_string()
                on:input:target=move |ev| if let Ok(y) = ev.target().value().parse() { set_year(y) }/>
            <p class="year-control__count" role="status" data-testid="office-count">
                {move || strings::office_count(shown.get().iter().filter(|s| **s).count(), (shown_year.get() != last_year).then(|| shown_year.get()))}
            </p>
        </div>
        {(!layer_members.is_empty()).then(|| view! {
            <p class="member-layer">
                <label>
                    <input type="checkbox" data-testid="member-layer" prop:checked=move || layer.get()
                        on:change:target=move |ev| route.set_params(&[("members", if ev.target().checked() { "1" } else { "" })])/>
                    " Show member cities"
                </label>
            </p>
        })}
        <div class="offices" id="offices" node_ref=route.root>
            <div class="offices__side">
                {card}
                <section class="offices__list" aria-labelledby="office-list-title">
                    <h2 id="office-list-title" class="visually-hidden">"Offices by region"</h2>
                    {regions.into_iter().map(|(region, idx)| view! {
                        <h3 class="offices__region">{region}</h3>
                        <ul>
                            {idx.into_iter().map(|i| {
                                let o = offices[i].clone();
                                let id = o.id.to_string();
                                let is_selected = {
                                    let id = id.clone();
                                    Signal::derive(move || route.is_open(&id))
                                };
                                let opened = established(&o);
                                let since = opened.map(|y| format!(" (since {y})")).unwrap_or_default();
                                let later = move || (!shown.with(|s| s[i])).then(|| view! { <span class="offices__later">{strings::not_yet_open(shown_year.get())}</span> });
                                view! {
                                    <li class="offices__item" class:offices__item--future=move || !shown.with(|s| s[i]) data-testid="office"
                                        data-id=id.clone() data-since=opened>
                                        <ItemLink route item=id.clone() id=format!("office-link-{id}") href=href(&routes::office(&id)) current=is_selected>
                                            <strong>{format!("{}, {}", o.city, o.country)}</strong>
                                            <span>{format!("{}{since}", o.name)}</span>
                                        </ItemLink>
                                        // An islands page's map behaviour shows it and writes its year.
                                        {if islands {
                                            view! { <span class="offices__later" hidden=true>{strings::not_yet_open(last_year)}</span> }.into_any()
                                        } else {
                                            later.into_any()
                                        }}
                                        // On paper there is no card to open: each office says what it does and where.
                                        <div class="offices__details print-only">
                                            <p>{o.role.clone()}</p>
                                            {o.address.clone().map(|a| view! { <p>{a}</p> })}
                                        </div>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }).collect_view()}
                </section>
                {move || (layer.get() || islands).then(|| {
                    let year = shown_year.get();
                    let items: Vec<(String, String, u16)> = layer_members.iter()
                        .filter(|(_, y)| islands || *y <= year)
                        .map(|(m, y)| (m.id.to_string(), match &m.country { Some(c) => format!("{}, {c}", m.name), None => m.name.clone() }, *y))
                        .collect();
                    // On an islands page the build writes the whole list, hidden while the
                    // layer is off; the map behaviour shows the cities of the year shown.
                    let count = if islands { member_count } else { items.len() };
                    view! {
                        <section class="offices__list" aria-labelledby="member-map-title" data-member-list hidden=!layer.get()>
                            <h2 id="member-map-title" class="offices__region">{strings::member_cities_on_map(count)}</h2>
                            <ul data-testid="member-map-list">
                                {items.into_iter().map(|(id, label, since)| view! {
                                    <li class="offices__item" data-since=since><a href=href(&routes::member(&id)) data-testid=format!("member-map-{id}")>{label}</a></li>
                                }).collect_view()}
                            </ul>
                        </section>
                    }
                })}
            </div>
            <WorldMap markers shown=marker_shown is_open=Callback::new(move |id: String| route.is_open(&id)) on_select/>
        </div>
    };
    if !islands {
        return content.into_any();
    }
    let (title, description) = page_identity(routes::OFFICES);
    view! {
        <crate::islands::ItemsBehaviour>
            <div data-items=href(routes::OFFICES) data-keys="year members" data-filter-keys="" data-noun="office|offices"
                data-keymap="no-arrows" data-page-title=title data-page-description=description>
                <crate::islands::MapBehaviour>{content}</crate::islands::MapBehaviour>
            </div>
        </crate::islands::ItemsBehaviour>
    }
    .into_any()
}
