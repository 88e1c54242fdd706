//! A winner's detail, in the awards' detail shell (the winner dialog).

use leptos::prelude::*;
use wego10_core::strings;

use super::icons::CategoryIcon;
use super::logic::{category_index, category_of, level_name};
use crate::data::{use_site_data, Edition, Winner};
use crate::ui::related;
use crate::ui::sources::SourceList;
use crate::ui::text::paragraphs;

/// The winner's line above its heading: category (with its icon), level and edition.
pub fn meta(ed: &Edition, w: &Winner) -> impl IntoView + use<> {
    let (_, category) = category_of(ed, w);
    view! {
        <p class="lightbox__meta">
            <span class="winner-card__category"><CategoryIcon id=w.category.to_string()/>{category}</span>
            {level_name(ed, w).map(|l| view! { " · "<span data-testid="lightbox-level">{l.to_owned()}</span> })}
            " · "<span>{ed.name.clone()}</span>
        </p>
    }
}

/// What is known about the winner, under its heading: country, project, summary, text,
/// its category's keywords, related pages, note and sources.
pub fn body(ed: &Edition, w: &Winner) -> impl IntoView + use<> {
    let category = ed.categories.get(category_index(ed, w.category.as_str()));
    let keywords = category.map(|c| (c.name.clone(), c.keywords.clone()));
    view! {
        {w.country.clone().map(|c| view! { <p class="lightbox__country">{c}</p> })}
        {w.project.clone().map(|p| view! { <p class="lightbox__project">{p}</p> })}
        {w.summary.clone().map(|s| view! { <p class="lightbox__summary">{s}</p> })}
        {paragraphs(&w.description)}
        {w.city.is_none().then(|| view! {
            <p class="note">{strings::awards::WINNER_NOT_NAMED}</p>
        })}
        {keywords.filter(|(_, k)| !k.is_empty()).map(|(name, keywords)| view! {
            <h3>{format!("{name} keywords")}</h3>
            <ul class="keywords" data-testid="keywords">{keywords.into_iter().map(|k| view! { <li>{k}</li> }).collect_view()}</ul>
        })}
        {related_links(w)}
        {w.note.clone().map(|n| view! { <p class="note"><strong>{strings::detail::NOTE}</strong>{n}</p> })}
        <SourceList sources=Signal::stored(w.sources.clone())/>
    }
}

/// Links to the member, the timeline events and the offices the winner names.
fn related_links(w: &Winner) -> impl IntoView + use<> {
    related::Links::new(use_site_data())
        .members(w.member.iter().map(|id| (id, None)))
        .events(&w.events)
        .offices(&w.offices, None)
        .list("lightbox__related")
}
