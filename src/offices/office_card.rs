//! An office's card, in the offices' detail shell: everything known about the office,
//! with the timeline events that concern it.

use leptos::prelude::*;
use wego10_core::strings;

use super::logic::established;
use crate::data::{Office, OfficeKind, SiteData};
use crate::routes::{self, href};
use crate::ui::related;
use crate::ui::sources::SourceList;

/// The office's kind and region, above its heading.
pub fn kind(o: &Office) -> impl IntoView + use<> {
    let kind = match o.kind {
        OfficeKind::Secretariat => strings::offices::SECRETARIAT,
        OfficeKind::Regional => strings::offices::REGIONAL_OFFICE,
    };
    view! { <p class="office-card__kind">{kind}" · "{o.region.clone()}</p> }
}

/// What is known about the office, under its heading: place, role, dates and head,
/// the timeline's events that concern it, related pages and sources.
pub fn body(data: &SiteData, o: &Office) -> impl IntoView + use<> {
    let events = data.events_of_office(o.id.as_str());
    view! {
        <p class="office-card__place">{format!("{}, {}", o.city, o.country)}</p>
        <p>{o.role.clone()}</p>
        {facts(o)}
        {o.opened_note.clone().map(|n| view! { <p class="note">{n}</p> })}
        {(!events.is_empty()).then(|| view! {
            <h3>{strings::detail::ON_THE_TIMELINE}</h3>
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
fn related_links(data: &SiteData, o: &Office) -> impl IntoView + use<> {
    let people: Vec<String> = Some(data.team.clone())
        .map(|t| {
            wego10_core::team::of_office(o.id.as_str(), &t.people)
                .iter()
                .map(|p| p.id.to_string())
                .collect()
        })
        .unwrap_or_default();
    related::Links::new(data.clone())
        .members(
            o.host_member
                .iter()
                .map(|id| (id, Some(strings::offices::HOST.to_owned()))),
        )
        .people(people)
        .list("office-card__related")
}

/// The office's dates, head and address.
fn facts(office: &Office) -> impl IntoView + use<> {
    view! {
        <dl class="office-card__facts">
            {(!office.former_names.is_empty()).then(|| view! { <dt>{strings::offices::FORMERLY}</dt><dd>{office.former_names.join("; ")}</dd> })}
            {office.approved.map(|d| view! { <dt>{strings::offices::APPROVED}</dt><dd><time datetime=d.iso()>{d.human()}</time></dd> })}
            {office.opened.map(|d| view! { <dt>{strings::offices::OPENED}</dt><dd><time datetime=d.iso()>{d.human()}</time></dd> })}
            {established(office).is_none().then(|| view! { <dt>{strings::offices::OPENED}</dt><dd>{strings::offices::NOT_KNOWN}</dd> })}
            {office.head.clone().map(|h| view! { <dt>{h.title}</dt><dd>{h.name}</dd> })}
            {office.address.clone().map(|a| view! { <dt>{strings::offices::ADDRESS}</dt><dd>{a}</dd> })}
        </dl>
    }
}
