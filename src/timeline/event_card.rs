use leptos::prelude::*;

use super::logic::date_label;
use crate::data::Event;

/// One event in the list: a marker on the wide axis, a card on phones.
/// The list hides the cards that do not match the filters (see `page.rs`).
#[component]
pub fn EventCard(
    /// The event shown.
    event: Event,
    /// Index of its category (for the colour).
    category: usize,
    /// Name of its category.
    category_label: String,
    /// The event's own (canonical) URL; a plain click keeps the current filters.
    href: String,
    /// Whether it is the open event.
    #[prop(into)]
    selected: Signal<bool>,
    /// Opens it (a plain click; modified clicks open a new tab as usual).
    on_open: Callback<String>,
) -> impl IntoView {
    let id = event.id.to_string();
    let open_id = id.clone();
    let on_click = move |ev: web_sys::MouseEvent| {
        if crate::dom::is_plain_click(&ev) {
            ev.prevent_default();
            on_open.run(open_id.clone());
        }
    };
    view! {
        <li
            id=format!("event-{id}")
            class=format!("event-card cat-{}", category % 8 + 1)
            class:event-card--selected=selected
            data-testid="event"
            data-id=id.clone()
        >
            <time class="event-card__date" datetime=event.date.map(|d| d.iso())>{date_label(&event)}</time>
            <span class="event-card__category">{category_label}</span>
            <a
                id=format!("event-link-{id}")
                class="event-card__title"
                href=href
                aria-current=move || selected.get().then_some("true")
                on:click=on_click
            >
                {event.title.clone()}
            </a>
            {event.place.clone().map(|p| view! { <span class="event-card__place">{p}</span> })}
            <p class="event-card__summary">{event.summary.clone()}</p>
        </li>
    }
}
