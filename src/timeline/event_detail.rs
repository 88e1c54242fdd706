//! An event's detail, in the timeline's detail shell.

use leptos::prelude::*;
use wego10_core::strings;

use super::logic::date_label;
use crate::data::{use_site_data, Event};
use crate::ui::related;
use crate::ui::sources::SourceList;
use crate::ui::text::paragraphs;

/// The event's date line: its date (and the date's note), category and place.
pub fn meta(e: &Event, category: &str) -> impl IntoView + use<> {
    view! {
        <p class="event-detail__meta">
            <time datetime=e.date.map(|d| d.iso())>{date_label(e)}</time>
            {e.date_note.clone().map(|n| view! { <span class="event-detail__date-note">{format!(" ({n})")}</span> })}
            " · "<span class="event-detail__category">{category.to_owned()}</span>
            {e.place.clone().map(|p| view! { " · "<span>{p}</span> })}
        </p>
    }
}

/// What is known about the event, under its heading: summary, text, figures,
/// programme, related pages, hashtags, note and sources.
pub fn body(e: &Event) -> impl IntoView + use<> {
    view! {
        <p class="event-detail__summary">{e.summary.clone()}</p>
        {paragraphs(&e.body)}
        {(!e.figures.is_empty()).then(|| view! {
            <ul class="figures figures--small" aria-label=strings::detail::KEY_FIGURES data-testid="event-figures">
                {e.figures.iter().map(|f| view! {
                    <li class="figures__item"><span class="figures__value">{f.value.clone()}</span>" "<span class="figures__label">{f.label.clone()}</span></li>
                }).collect_view()}
            </ul>
        })}
        {(!e.programme.is_empty()).then(|| view! {
            <h3>{strings::detail::PROGRAMME}</h3>
            <ul class="event-detail__programme" data-testid="programme">
                {e.programme.iter().map(|p| view! {
                    <li><strong>{p.title.clone()}</strong>{p.summary.clone().map(|s| view! { ": "{s} })}</li>
                }).collect_view()}
            </ul>
        })}
        {related_links(e)}
        {e.hashtags.first().map(|_| view! { <p class="event-detail__tags">{e.hashtags.join(" ")}</p> })}
        {e.note.clone().map(|n| view! { <p class="note"><strong>{strings::detail::NOTE}</strong>{n}</p> })}
        <SourceList sources=Signal::stored(e.sources.clone())/>
    }
}

/// Links to the offices (on the map, in the event's year), award editions, members,
/// partners and people the event names.
fn related_links(e: &Event) -> impl IntoView + use<> {
    // A member named twice (host and founding member) is linked once, with both parts.
    let mut members: Vec<(&str, Vec<&str>)> = Vec::new();
    for m in &e.members {
        match members.iter_mut().find(|(id, _)| *id == m.id.as_str()) {
            Some((_, roles)) => roles.push(m.role.label()),
            None => members.push((m.id.as_str(), vec![m.role.label()])),
        }
    }
    related::Links::new(use_site_data())
        .offices(&e.offices, e.date.map(|d| d.year))
        .editions(&e.awards)
        .members(
            members
                .into_iter()
                .map(|(id, roles)| (id, Some(roles.join(", ")))),
        )
        .partners(&e.partners)
        .people(&e.people)
        .list("event-detail__related")
}
