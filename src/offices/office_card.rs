use std::sync::Arc;

use leptos::prelude::*;

use super::logic::established;
use crate::data::{use_site_data, Office, OfficeKind, SiteData};
use crate::routes::{self, href};
use crate::ui::detail_bar::{DetailBar, Share};
use crate::ui::item_route::ItemRoute;
use crate::ui::related;
use crate::ui::sources::SourceList;

/// Everything known about one office, with the timeline events that concern it.
/// It stays mounted while another office is chosen: its fields change in place.
#[component]
pub fn OfficeCard(
    route: ItemRoute,
    /// All offices.
    offices: Arc<Vec<Office>>,
    /// Index in `offices` of the office shown.
    index: Memo<Option<usize>>,
) -> impl IntoView {
    let data = use_site_data();
    let office = Memo::new(move |_| offices[index.get().unwrap_or(0)].clone());
    let title =
        Signal::derive(move || office.with(|o| format!("{}, {}: {}", o.city, o.country, o.name)));
    let path = Signal::derive(move || office.with(|o| routes::office(o.id.as_str())));
    view! {
        <section class="office-card" aria-labelledby="office-card-title" data-testid="office-card">
            <DetailBar route block="office-card" noun="office" share=Share { path, title, hashtag: None }/>
            {move || office.with(kind)}
            <h2 id="office-card-title" tabindex="-1" node_ref=route.title>{move || office.with(|o| o.name.clone())}</h2>
            {move || office.with(|o| body(data, o))}
        </section>
    }
}

/// The office's kind and region, above its heading.
pub fn kind(o: &Office) -> impl IntoView + use<> {
    let kind = match o.kind {
        OfficeKind::Secretariat => "Secretariat",
        OfficeKind::Regional => "Regional Office",
    };
    view! { <p class="office-card__kind">{kind}" · "{o.region.clone()}</p> }
}

/// What is known about the office, under its heading: place, role, dates and head,
/// the timeline's events that concern it, related pages and sources.
pub fn body(data: SiteData, o: &Office) -> impl IntoView + use<> {
    let events = data.events_of_office(o.id.as_str());
    view! {
        <p class="office-card__place">{format!("{}, {}", o.city, o.country)}</p>
        <p>{o.role.clone()}</p>
        {facts(o)}
        {o.opened_note.clone().map(|n| view! { <p class="note">{n}</p> })}
        {(!events.is_empty()).then(|| view! {
            <h3>"On the timeline"</h3>
            <ul data-testid="office-events">
                {events.into_iter().map(|(id, title)| view! {
                    <li><a href=href(&routes::timeline_event(&id))>{title}</a></li>
                }).collect_view()}
            </ul>
        })}
        {related_links(data, o)}
        <SourceList sources=Signal::stored(o.sources.clone())/>
    }
}

/// Links to the member that hosts the office and the people who led it.
fn related_links(data: SiteData, o: &Office) -> impl IntoView + use<> {
    let people: Vec<String> = data
        .team
        .loaded_untracked()
        .map(|t| {
            wego10_core::team::of_office(o.id.as_str(), &t.people)
                .iter()
                .map(|p| p.id.to_string())
                .collect()
        })
        .unwrap_or_default();
    related::Links::new(data)
        .members(o.host_member.iter().map(|id| (id, Some("Host".to_owned()))))
        .people(people)
        .list("office-card__related")
}

/// The office's dates, head and address.
fn facts(office: &Office) -> impl IntoView + use<> {
    view! {
        <dl class="office-card__facts">
            {(!office.former_names.is_empty()).then(|| view! { <dt>"Formerly"</dt><dd>{office.former_names.join("; ")}</dd> })}
            {office.approved.map(|d| view! { <dt>"Approved"</dt><dd><time datetime=d.iso()>{d.human()}</time></dd> })}
            {office.opened.map(|d| view! { <dt>"Opened"</dt><dd><time datetime=d.iso()>{d.human()}</time></dd> })}
            {established(office).is_none().then(|| view! { <dt>"Opened"</dt><dd>"Not known"</dd> })}
            {office.head.clone().map(|h| view! { <dt>{h.title}</dt><dd>{h.name}</dd> })}
            {office.address.clone().map(|a| view! { <dt>"Address"</dt><dd>{a}</dd> })}
        </dl>
    }
}
