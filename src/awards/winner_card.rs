use leptos::prelude::*;

use super::icons::CategoryIcon;
use crate::data::Winner;
use crate::ui::item_link::ItemLink;

/// One winner in the gallery grid, with what the page's behaviour filters with (see
/// `islands::ItemsBehaviour`).
#[component]
pub fn WinnerCard(
    /// The winner shown.
    winner: Winner,
    /// Its heading: the city, or an honest placeholder.
    name: String,
    /// Category name and position (for colour and icon).
    category: (String, usize),
    /// Its level's name, when the sources give it.
    level: Option<String>,
    /// Its level id (for the badge colour).
    level_id: Option<String>,
    /// The winner's own URL.
    href: String,
    /// Whether it is the open winner.
    current: bool,
) -> impl IntoView {
    let id = winner.id.to_string();
    let category_id = winner.category.to_string();
    let tags = super::logic::tags(&winner);
    let search = wego10_core::text::search_text(super::logic::search_fields(&winner));
    view! {
        <li class=format!("winner-card cat-{}", category.1 % 8 + 1) data-testid="winner" data-id=id.clone()
            data-tags=tags data-search=search>
            <figure class="winner-card__figure">
                <div class="winner-card__top">
                    <span class="winner-card__category"><CategoryIcon id=category_id/>{category.0}</span>
                    {level.map(|l| view! {
                        <span class=format!("badge badge--{}", level_id.unwrap_or_default()) data-testid="level">{l}</span>
                    })}
                </div>
                <figcaption>
                    <ItemLink item=id.clone() id=format!("winner-link-{id}") class="winner-card__name" href current>{name}</ItemLink>
                    {winner.country.clone().map(|c| view! { <span class="winner-card__country">{c}</span> })}
                    {winner.project.clone().map(|p| view! { <span class="winner-card__project">{p}</span> })}
                    {winner.summary.clone().map(|s| view! { <span class="winner-card__summary">{s}</span> })}
                </figcaption>
            </figure>
        </li>
    }
}
