use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use leptos_router::NavigateOptions;

use super::logic::{established, marker_positions, open_in};
use super::office_card::OfficeCard;
use super::world_map::{Marker, WorldMap};
use crate::data::{use_site_data, OfficeKind, OfficesFile};
use crate::dom;
use crate::routes::{self, href, with_query};
use crate::text::plural;
use crate::ui::data_view::data_view;
use crate::ui::not_found::NotFound;
use crate::ui::page_actions::PageActions;

const FIRST_YEAR: u16 = 2010;

/// `/offices` and `/offices/:slug`, with `?year=` for the network in a given year.
#[component]
pub fn OfficesPage() -> impl IntoView {
    let data = use_site_data();
    let params = use_params_map();
    // The router's own query, not the route's: <FlatRoutes> (leptos_router 0.8.17) does
    // not update a route's query when only its params change (/awards → /awards/4th?…).
    let query = use_location().query;
    let slug = Memo::new(move |_| params.read().get("slug"));
    let year = Memo::new(move |_| query.read().get("year").and_then(|y| y.parse::<u16>().ok()));
    view! {
        <h1 class="page-title">"Where WeGO works"</h1>
        <PageActions path=routes::OFFICES section="offices" title=wego10_core::meta::OFFICES_TITLE/>
        {data_view(data.offices, "the offices", move |file: Arc<OfficesFile>| {
            view! { <Offices file slug year/> }.into_any()
        })}
    }
}

#[component]
fn Offices(
    file: Arc<OfficesFile>,
    slug: Memo<Option<String>>,
    year: Memo<Option<u16>>,
) -> impl IntoView {
    let offices = file.offices.clone();
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
    let markers: Vec<Marker> = offices
        .iter()
        .zip(positions)
        .map(|(o, (x, y))| Marker {
            id: o.id.to_string(),
            label: format!("{}, {}: {}", o.city, o.country, o.name),
            x,
            y,
            secretariat: o.kind == OfficeKind::Secretariat,
        })
        .collect();

    let opened_here = RwSignal::new(false);
    let navigate = use_navigate();
    let url = move |id: Option<&str>| {
        let path = id.map_or(routes::OFFICES.to_owned(), routes::office);
        with_query(
            &path,
            &[(
                "year",
                &year
                    .get_untracked()
                    .map(|y| y.to_string())
                    .unwrap_or_default(),
            )],
        )
    };
    let select = {
        let navigate = navigate.clone();
        Callback::new(move |id: String| {
            let replace = slug.get_untracked().is_some();
            if !replace {
                opened_here.set(true);
            }
            navigate(
                &url(Some(&id)),
                NavigateOptions {
                    replace,
                    scroll: false,
                    ..Default::default()
                },
            );
            request_animation_frame(|| dom::focus("office-card-title"));
        })
    };
    let close = {
        let navigate = navigate.clone();
        Callback::new(move |()| {
            let returning = slug.get_untracked();
            if opened_here.get_untracked() {
                opened_here.set(false);
                dom::history_back();
            } else {
                navigate(
                    &url(None),
                    NavigateOptions {
                        replace: true,
                        scroll: false,
                        ..Default::default()
                    },
                );
            }
            if let Some(id) = returning {
                request_animation_frame(move || dom::focus(&format!("office-link-{id}")));
            }
        })
    };
    let set_year = move |y: u16| {
        // the latest year is the default: keep it out of the URL
        let y = if y == last_year {
            String::new()
        } else {
            y.to_string()
        };
        let path = slug
            .get_untracked()
            .map_or(routes::OFFICES.to_owned(), |s| routes::office(&s));
        navigate(
            &with_query(&path, &[("year", &y)]),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };

    // Regions in the file's order, each with its offices.
    let mut regions: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, o) in offices.iter().enumerate() {
        match regions.iter_mut().find(|(r, _)| *r == o.region) {
            Some((_, v)) => v.push(i),
            None => regions.push((o.region.clone(), vec![i])),
        }
    }

    let card_offices = offices.clone();
    let not_found = {
        let offices = offices.clone();
        move || {
            slug.get().filter(|s| !offices.iter().any(|o| o.id == s.as_str())).map(|s| view! {
                <NotFound message=format!("There is no office \"{s}\".") back=(routes::OFFICES.to_owned(), "Back to the offices")/>
            })
        }
    };
    // Esc closes the open office, from anywhere in the section (not from a text field
    // or from a dialog such as "Embed", which closes itself).
    let keys = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape"
            && slug.get_untracked().is_some()
            && !ev.default_prevented()
            && !dom::from_text_field(&ev)
            && dom::focus_within_or_body("offices")
        {
            ev.prevent_default();
            close.run(());
        }
    });
    on_cleanup(move || keys.remove());
    view! {
        {not_found}
        {file.note.clone().map(|n| view! { <p class="note">{n}</p> })}
        <div class="year-control">
            <label for="office-year">"The network in "<output for="office-year" data-testid="year-value">{move || shown_year.get()}</output></label>
            <input id="office-year" type="range" min=FIRST_YEAR max=last_year step="1" data-testid="year"
                prop:value=move || shown_year.get().to_string()
                on:input:target=move |ev| if let Ok(y) = ev.target().value().parse() { set_year(y) }/>
            <p class="year-control__count" role="status" data-testid="office-count">
                {move || plural(shown.get().iter().filter(|s| **s).count(), "office", "offices")}
                {move || (shown_year.get() != last_year).then(|| format!(" in {}", shown_year.get()))}
            </p>
        </div>
        <div class="offices" id="offices">
            <div class="offices__side">
                {move || slug.get().and_then(|s| card_offices.iter().find(|o| o.id == s.as_str()).cloned()).map(|office| view! {
                    <OfficeCard office on_close=close/>
                })}
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
                                    move || slug.get().as_deref() == Some(id.as_str())
                                };
                                let open_id = id.clone();
                                let since = established(&o).map(|y| format!(" (since {y})")).unwrap_or_default();
                                view! {
                                    <li class="offices__item" class:offices__item--future=move || !shown.with(|s| s[i]) data-testid="office">
                                        <a id=format!("office-link-{id}") href=href(&routes::office(&id))
                                            aria-current=move || is_selected().then_some("true")
                                            on:click=move |ev: web_sys::MouseEvent| {
                                                if crate::dom::is_plain_click(&ev) {
                                                    ev.prevent_default();
                                                    select.run(open_id.clone());
                                                }
                                            }>
                                            <strong>{format!("{}, {}", o.city, o.country)}</strong>
                                            <span>{format!("{}{since}", o.name)}</span>
                                        </a>
                                        {move || (!shown.with(|s| s[i])).then(|| view! { <span class="offices__later">{format!(" Not yet open in {}", shown_year.get())}</span> })}
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
            </div>
            <WorldMap markers shown selected=slug on_select=select/>
        </div>
    }
}
