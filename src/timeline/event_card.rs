use leptos::prelude::*;

use super::logic::{date_label, search_fields};
use crate::data::Event;
use crate::routes;
use crate::ui::item_link::ItemLink;
use crate::ui::item_route::ItemRoute;

/// One event in the list: a marker on the wide axis, a card on phones.
/// The list hides the cards that do not match the filters (see `page.rs`).
#[component]
pub fn EventCard(
    route: ItemRoute,
    /// The event shown.
    event: Event,
    /// Index of its category (for the colour).
    category: usize,
    /// Name of its category.
    category_label: String,
    /// Whether it is the open event.
    #[prop(into)]
    selected: Signal<bool>,
) -> impl IntoView {
    let id = event.id.to_string();
    // What the islands page's behaviour filters with (see `ItemsBehaviour`).
    let islands = routes::islands();
    let tags = islands.then(|| format!("category={}", event.category.as_str()));
    let search = islands.then(|| wego10_core::text::haystack(search_fields(&event)));
    let year = islands.then(|| event.date.map(|d| d.year)).flatten();
    view! {
        <li
            class=format!("event-card cat-{}", category % 8 + 1)
            // (an islands page marks its open card by its link's aria-current, in CSS)
            class:event-card--selected=move || !islands && selected.get()
            data-testid="event"
            data-id=id.clone()
            data-tags=tags
            data-search=search
            data-year=year
        >
            <time class="event-card__date" datetime=event.date.map(|d| d.iso())>{date_label(&event)}</time>
            <span class="event-card__category">{category_label}</span>
            <ItemLink route item=id.clone() id=format!("event-link-{id}") class="event-card__title"
                href=routes::href(&routes::timeline_event(&id)) current=selected>
                {event.title.clone()}
            </ItemLink>
            {event.place.clone().map(|p| view! { <span class="event-card__place">{p}</span> })}
            <p class="event-card__summary">{event.summary.clone()}</p>
        </li>
    }
}
