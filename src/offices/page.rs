use std::sync::Arc;

use leptos::prelude::*;

use super::logic::{established, marker_positions, open_in};
use super::office_card;
use super::world_map::{Marker, WorldMap};
use crate::data::{use_site_data, Member, Office, OfficeKind, OfficesFile};
use crate::routes::{self, href};
use crate::ui::detail_shell::{page_identity, DetailShell, ShellItem};
use crate::ui::item_link::ItemLink;
use crate::ui::item_route::use_item_route;
use crate::ui::not_found::{NotFound, SLUG};
use crate::ui::section;
use wego10_core::members as logic_members;
use wego10_core::strings;

const FIRST_YEAR: u16 = 2010;

/// `/offices` and `/offices/:slug`, with `?year=` for the network in a given year and
/// `?members=1` for the member layer: the network as the build sees it (the latest
/// year, the layer off), and every office's card in one detail shell, the open one
/// shown. `ItemsBehaviour` opens and closes offices, `MapBehaviour` does the year, the
/// layer and the map, both from the page's attributes.
#[component]
pub fn Offices(file: Arc<OfficesFile>) -> impl IntoView {
    let route = use_item_route("slug", |slug| routes::section_item(routes::OFFICES, slug));
    let offices: &[Office] = &file.offices;
    let last_year = routes::build_year().max(
        offices
            .iter()
            .filter_map(established)
            .max()
            .unwrap_or(FIRST_YEAR),
    );
    let open = route
        .item()
        .and_then(|s| offices.iter().position(|o| o.id == s.as_str()));
    let shown: Vec<bool> = offices.iter().map(|o| open_in(o, last_year)).collect();
    let positions = marker_positions(
        &offices.iter().map(|o| (o.lat, o.lon)).collect::<Vec<_>>(),
        14.0,
    );
    let mut markers: Vec<Marker> = offices
        .iter()
        .zip(positions)
        .enumerate()
        .map(|(i, (o, (x, y)))| Marker {
            id: o.id.to_string(),
            label: format!("{}, {}: {}", o.city, o.country, o.name),
            x,
            y,
            secretariat: o.kind == OfficeKind::Secretariat,
            member: false,
            since: established(o),
            href: None,
            shown: shown[i],
            selected: open == Some(i),
        })
        .collect();
    // The member layer: member cities, each shown from the year it first appears.
    let data = use_site_data();
    let story = data.story();
    let layer_members: Vec<(Member, u16)> = logic_members::on_map(&data.members.members)
        .into_iter()
        .filter_map(|m| {
            Some((
                (*m).clone(),
                logic_members::first_year(m.id.as_str(), &story.refs())?,
            ))
        })
        .collect();
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
                shown: false,
                selected: false,
            }),
    );

    // Regions in the file's order, each with its offices.
    let mut regions: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, o) in offices.iter().enumerate() {
        match regions.iter_mut().find(|(r, _)| *r == o.region) {
            Some((_, v)) => v.push(i),
            None => regions.push((o.region.clone(), vec![i])),
        }
    }
    let items = offices
        .iter()
        .map(|o| ShellItem {
            id: o.id.to_string(),
            name: o.name.clone(),
            path: routes::office(o.id.as_str()),
            class: String::new(),
            head: Some(office_card::kind(o).into_any()),
            body: office_card::body(&data, o).into_any(),
        })
        .collect();
    let list = regions
        .into_iter()
        .map(|(region, idx)| {
            let entries = idx
                .into_iter()
                .map(|i| {
                    let o = &offices[i];
                    let id = o.id.to_string();
                    let opened = established(o);
                    let place = format!("{}, {}", o.city, o.country);
                    let name = format!(
                        "{}{}",
                        o.name,
                        opened.map(|y| format!(" (since {y})")).unwrap_or_default()
                    );
                    view! {
                        <li class="offices__item" class:offices__item--future=!shown[i] data-testid="office"
                            data-id=id.clone() data-since=opened>
                            <ItemLink item=id.clone() id=format!("office-link-{id}") href=href(&routes::office(&id))
                                current=open == Some(i)>
                                <strong>{place}</strong>
                                <span>{name}</span>
                            </ItemLink>
                            // The map behaviour shows it, with its year, for a year before the office opened.
                            <span class="offices__later" hidden=true>{strings::not_yet_open(last_year)}</span>
                            // On paper there is no card to open: each office says what it does and where.
                            <div class="offices__details print-only">
                                <p>{o.role.clone()}</p>
                                {o.address.clone().map(|a| view! { <p>{a}</p> })}
                            </div>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3 class="offices__region">{region}</h3>
                <ul>{entries}</ul>
            }
        })
        .collect_view();
    let open_count = shown.iter().filter(|s| **s).count();
    let member_count = layer_members.len();
    // The whole member list, hidden while the layer is off; the map behaviour shows the
    // cities of the year shown.
    let member_list = (!layer_members.is_empty()).then(|| {
        let entries = layer_members
            .iter()
            .map(|(m, since)| {
                let label = match &m.country {
                    Some(c) => format!("{}, {c}", m.name),
                    None => m.name.clone(),
                };
                view! {
                    <li class="offices__item" data-since=*since>
                        <a href=href(&routes::member(m.id.as_str())) data-testid=format!("member-map-{}", m.id)>{label}</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="offices__list" aria-labelledby="member-map-title" data-member-list hidden=true>
                <h2 id="member-map-title" class="offices__region">{strings::member_cities_on_map(member_count)}</h2>
                <ul data-testid="member-map-list">{entries}</ul>
            </section>
        }
    });
    let (title, description) = page_identity(routes::OFFICES);
    view! {
        <NotFound message=strings::offices::missing(SLUG) back=section::OFFICES.back() missing=true/>
        <crate::islands::ItemsBehaviour>
            <div data-items=href(routes::OFFICES) data-keys="year members" data-filter-keys="" data-noun="office|offices"
                data-keymap="no-arrows" data-page-title=title data-page-description=description>
                <crate::islands::MapBehaviour>
                    {file.note.clone().map(|n| view! { <p class="note">{n}</p> })}
                    <div class="year-control">
                        <label for="office-year">{strings::offices::NETWORK_IN}<output for="office-year" data-testid="year-value">{last_year}</output></label>
                        <input id="office-year" type="range" min=FIRST_YEAR max=last_year step="1" data-testid="year"
                            value=last_year.to_string()/>
                        <p class="year-control__count" role="status" data-testid="office-count">
                            {strings::office_count(open_count, None)}
                        </p>
                    </div>
                    {(!layer_members.is_empty()).then(|| view! {
                        <p class="member-layer">
                            <label>
                                <input type="checkbox" data-testid="member-layer"/>
                                {strings::offices::SHOW_MEMBER_CITIES}
                            </label>
                        </p>
                    })}
                    <div class="offices" id="offices">
                        <div class="offices__side">
                            <DetailShell route block="office-card" testid="office-card".to_owned() noun="office" hashtag=None
                                items open steps=false/>
                            <section class="offices__list" aria-labelledby="office-list-title">
                                <h2 id="office-list-title" class="visually-hidden">{strings::offices::BY_REGION}</h2>
                                {list}
                            </section>
                            {member_list}
                        </div>
                        <WorldMap markers/>
                    </div>
                </crate::islands::MapBehaviour>
            </div>
        </crate::islands::ItemsBehaviour>
    }
}
