use leptos::prelude::*;

use super::logic::established;
use crate::data::{use_site_data, Office, OfficeKind};
use crate::routes::{self, href};
use crate::ui::share_button::ShareButton;
use crate::ui::sources::SourceList;

/// Everything known about one office, with the timeline events that concern it.
#[component]
pub fn OfficeCard(
    /// The office shown.
    office: Office,
    /// Closes the card.
    on_close: Callback<()>,
) -> impl IntoView {
    let data = use_site_data();
    let id = office.id.to_string();
    let events = move || data.events_of_office(&id);
    let kind = match office.kind {
        OfficeKind::Secretariat => "Secretariat",
        OfficeKind::Regional => "Regional Office",
    };
    let title = format!("{}, {}: {}", office.city, office.country, office.name);
    let path = routes::office(office.id.as_str());
    view! {
        <section class="office-card" aria-labelledby="office-card-title" data-testid="office-card">
            <div class="office-card__bar">
                <ShareButton path title=title.clone()/>
                <button type="button" class="button button--ghost office-card__close" aria-label="Close the office details"
                    data-testid="close" on:click=move |_| on_close.run(())>"✕ Close"</button>
            </div>
            <p class="office-card__kind">{kind}" · "{office.region.clone()}</p>
            <h2 id="office-card-title" tabindex="-1">{office.name.clone()}</h2>
            <p class="office-card__place">{format!("{}, {}", office.city, office.country)}</p>
            <p>{office.role.clone()}</p>
            <dl class="office-card__facts">
                {(!office.former_names.is_empty()).then(|| view! { <dt>"Formerly"</dt><dd>{office.former_names.join("; ")}</dd> })}
                {office.approved.map(|d| view! { <dt>"Approved"</dt><dd><time datetime=d.iso()>{d.human()}</time></dd> })}
                {office.opened.map(|d| view! { <dt>"Opened"</dt><dd><time datetime=d.iso()>{d.human()}</time></dd> })}
                {established(&office).is_none().then(|| view! { <dt>"Opened"</dt><dd>"Not known"</dd> })}
                {office.head.clone().map(|h| view! { <dt>{h.title}</dt><dd>{h.name}</dd> })}
                {office.address.clone().map(|a| view! { <dt>"Address"</dt><dd>{a}</dd> })}
            </dl>
            {office.opened_note.clone().map(|n| view! { <p class="note">{n}</p> })}
            {move || {
                let events = events();
                (!events.is_empty()).then(|| view! {
                    <h3>"On the timeline"</h3>
                    <ul data-testid="office-events">
                        {events.into_iter().map(|(id, title)| view! {
                            <li><a href=href(&routes::timeline_event(&id))>{title}</a></li>
                        }).collect_view()}
                    </ul>
                })
            }}
            <SourceList sources=office.sources.clone()/>
        </section>
    }
}
