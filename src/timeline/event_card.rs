use leptos::prelude::*;

use super::logic::{date_label, search_fields};
use crate::data::Event;
use crate::routes;
use crate::ui::item_link::ItemLink;

/// One event in the list: a marker on the wide axis, a card on phones. Its attributes
/// are what the page's behaviour filters with (see `islands::ItemsBehaviour`); the open
/// card is marked by its link's `aria-current`, in CSS.
#[component]
pub fn EventCard(
    /// The event shown.
    event: Event,
    /// Index of its category (for the colour).
    category: usize,
    /// Name of its category.
    category_label: String,
    /// Whether it is the open event.
    selected: bool,
) -> impl IntoView {
    let id = event.id.to_string();
    let search = wego10_core::text::search_text(search_fields(&event));
    let title = event.title.clone();
    view! {
        <li
            class=format!("event-card cat-{}", category % 8 + 1)
            data-testid="event"
            data-id=id.clone()
            data-tags=format!("category={}", event.category.as_str())
            data-search=search
            data-year=event.date.map(|d| d.year)
        >
            <time class="event-card__date" datetime=event.date.map(|d| d.iso())>{date_label(&event)}</time>
            <span class="event-card__category">{category_label}</span>
            <ItemLink item=id.clone() id=format!("event-link-{id}") class="event-card__title"
                href=routes::href(&routes::timeline_event(&id)) current=selected>
                {title}
            </ItemLink>
            {event.place.clone().map(|p| view! { <span class="event-card__place">{p}</span> })}
            <p class="event-card__summary">{event.summary.clone()}</p>
        </li>
    }
}
