use leptos::prelude::*;

use super::logic::date_label;
use crate::data::{use_site_data, Event};
use crate::routes::{self, href};
use crate::ui::share_button::ShareButton;
use crate::ui::sources::SourceList;

/// The open event: everything known about it, its neighbours, sharing and closing.
/// A pane under the axis on wide screens, a full-screen sheet on phones.
#[component]
pub fn EventDetail(
    /// The event shown.
    event: Event,
    /// Index of its category (for the colour).
    category: usize,
    /// Name of its category.
    category_label: String,
    /// Title of the previous matching event, if any.
    prev: Option<String>,
    /// Title of the next matching event, if any.
    next: Option<String>,
    /// Steps by -1 or +1.
    on_step: Callback<i32>,
    /// Closes the details.
    on_close: Callback<()>,
) -> impl IntoView {
    let year = event.date.map(|d| d.year);
    let path = routes::timeline_event(event.id.as_str());
    let related = related_links(&event, year);
    let title = event.title.clone();
    view! {
        <section
            class=format!("event-detail cat-{}", category % 8 + 1)
            aria-labelledby="event-detail-title"
            data-testid="event-detail"
        >
            <div class="event-detail__bar">
                <button
                    type="button"
                    class="button button--ghost"
                    disabled=prev.is_none()
                    aria-label=prev.as_ref().map_or("No previous event".to_owned(), |t| format!("Previous event: {t}"))
                    data-testid="prev"
                    on:click=move |_| on_step.run(-1)
                >"← Previous"</button>
                <button
                    type="button"
                    class="button button--ghost"
                    disabled=next.is_none()
                    aria-label=next.as_ref().map_or("No next event".to_owned(), |t| format!("Next event: {t}"))
                    data-testid="next"
                    on:click=move |_| on_step.run(1)
                >"Next →"</button>
                <ShareButton path title=title.clone() hashtag=Some(wego10_core::meta::TIMELINE_HASHTAG)/>
                <button
                    type="button"
                    class="button button--ghost event-detail__close"
                    aria-label="Close the event details"
                    data-testid="close"
                    on:click=move |_| on_close.run(())
                >"✕ Close"</button>
            </div>
            <p class="event-detail__meta">
                <time datetime=event.date.map(|d| d.iso())>{date_label(&event)}</time>
                {event.date_note.clone().map(|n| view! { <span class="event-detail__date-note">{format!(" ({n})")}</span> })}
                " · "<span class="event-detail__category">{category_label}</span>
                {event.place.clone().map(|p| view! { " · "<span>{p}</span> })}
            </p>
            <h2 id="event-detail-title" class="event-detail__title" tabindex="-1">{title}</h2>
            <p class="event-detail__summary">{event.summary.clone()}</p>
            {event.body.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
            {(!event.figures.is_empty()).then(|| view! {
                <ul class="figures figures--small" aria-label="Key figures" data-testid="event-figures">
                    {event.figures.iter().map(|f| view! {
                        <li class="figures__item"><span class="figures__value">{f.value.clone()}</span>" "<span class="figures__label">{f.label.clone()}</span></li>
                    }).collect_view()}
                </ul>
            })}
            {(!event.programme.is_empty()).then(|| view! {
                <h3>"Programme"</h3>
                <ul class="event-detail__programme" data-testid="programme">
                    {event.programme.iter().map(|p| view! {
                        <li><strong>{p.title.clone()}</strong>{p.summary.clone().map(|s| view! { ": "{s} })}</li>
                    }).collect_view()}
                </ul>
            })}
            {related}
            {event.hashtags.first().map(|_| view! { <p class="event-detail__tags">{event.hashtags.join(" ")}</p> })}
            {event.note.clone().map(|n| view! { <p class="note"><strong>"Note: "</strong>{n}</p> })}
            <SourceList sources=event.sources.clone()/>
        </section>
    }
}

/// Links to the offices (on the map, in the event's year) and award editions the event names.
fn related_links(event: &Event, year: Option<u16>) -> Option<impl IntoView + use<>> {
    if event.offices.is_empty() && event.awards.is_empty() {
        return None;
    }
    let data = use_site_data();
    let office_ids: Vec<String> = event.offices.iter().map(|o| o.to_string()).collect();
    let edition_ids: Vec<String> = event.awards.iter().map(|a| a.to_string()).collect();
    let office_name = move |id: &str| {
        data.office_label(id)
            .unwrap_or_else(|| id.replace('-', " "))
    };
    let edition_name = move |id: &str| {
        data.edition_name(id)
            .unwrap_or_else(|| format!("{id} WeGO Awards"))
    };
    Some(view! {
        <h3>"Related"</h3>
        <ul class="event-detail__related" data-testid="related">
            {office_ids.into_iter().map(|id| {
                let link = match year {
                    Some(y) => routes::with_query(&routes::office(&id), &[("year", &y.to_string())]),
                    None => routes::office(&id),
                };
                let name_id = id.clone();
                view! { <li><a href=href(&link) data-testid=format!("related-office-{id}")>{move || format!("On the map: {}", office_name(&name_id))}</a></li> }
            }).collect_view()}
            {edition_ids.into_iter().map(|id| {
                let name_id = id.clone();
                view! { <li><a href=href(&routes::awards_edition(&id)) data-testid=format!("related-awards-{id}")>{move || format!("In the gallery: {}", edition_name(&name_id))}</a></li> }
            }).collect_view()}
        </ul>
    })
}
