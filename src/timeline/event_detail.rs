use std::sync::Arc;

use leptos::prelude::*;

use super::logic::date_label;
use crate::data::{use_site_data, Event};
use crate::routes;
use crate::ui::detail_bar::{DetailBar, Share};
use crate::ui::item_route::ItemRoute;
use crate::ui::related;
use crate::ui::sources::SourceList;
use crate::ui::text::paragraphs;

/// The open event: everything known about it, its neighbours, sharing and closing.
/// A pane under the axis on wide screens, a full-screen sheet on phones. It stays
/// mounted while the visitor steps through events: its fields change in place.
#[component]
pub fn EventDetail(
    route: ItemRoute,
    /// All events (chronological).
    events: Arc<Vec<Event>>,
    /// (id, label, count) of the categories in use.
    categories: Arc<Vec<(String, String, usize)>>,
    /// Index in `events` of the event shown.
    index: Memo<Option<usize>>,
) -> impl IntoView {
    let event = {
        let events = events.clone();
        Memo::new(move |_| {
            index
                .get()
                .map(|i| events[i].clone())
                .unwrap_or_else(|| events[0].clone())
        })
    };
    let category = {
        let categories = categories.clone();
        Memo::new(move |_| {
            event.with(|e| {
                categories
                    .iter()
                    .position(|c| c.0 == e.category.as_str())
                    .unwrap_or(0)
            })
        })
    };
    let title_of = Callback::new(move |id: String| {
        events
            .iter()
            .find(|e| e.id == id.as_str())
            .map(|e| e.title.clone())
    });
    let path = Signal::derive(move || event.with(|e| routes::timeline_event(e.id.as_str())));
    let title = Signal::derive(move || event.with(|e| e.title.clone()));
    view! {
        <section
            class=move || format!("event-detail cat-{}", category.get() % 8 + 1)
            aria-labelledby="event-detail-title"
            data-testid="event-detail"
        >
            <DetailBar route block="event-detail" noun="event" name_of=Some(title_of)
                share=Share { path, title, hashtag: wego10_core::sections::TIMELINE.hashtag }/>
            {move || event.with(|e| meta(e, categories.get(category.get()).map(|c| c.1.as_str()).unwrap_or_default()))}
            <h2 id="event-detail-title" class="event-detail__title" tabindex="-1" node_ref=route.title>{title}</h2>
            {move || event.with(body)}
        </section>
    }
}

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
            <ul class="figures figures--small" aria-label="Key figures" data-testid="event-figures">
                {e.figures.iter().map(|f| view! {
                    <li class="figures__item"><span class="figures__value">{f.value.clone()}</span>" "<span class="figures__label">{f.label.clone()}</span></li>
                }).collect_view()}
            </ul>
        })}
        {(!e.programme.is_empty()).then(|| view! {
            <h3>"Programme"</h3>
            <ul class="event-detail__programme" data-testid="programme">
                {e.programme.iter().map(|p| view! {
                    <li><strong>{p.title.clone()}</strong>{p.summary.clone().map(|s| view! { ": "{s} })}</li>
                }).collect_view()}
            </ul>
        })}
        {related_links(e)}
        {e.hashtags.first().map(|_| view! { <p class="event-detail__tags">{e.hashtags.join(" ")}</p> })}
        {e.note.clone().map(|n| view! { <p class="note"><strong>"Note: "</strong>{n}</p> })}
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
