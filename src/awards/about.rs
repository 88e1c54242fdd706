use std::sync::Arc;

use leptos::prelude::*;
use wego10_core::strings;

use super::icons::CategoryIcon;
use crate::data::Edition;
use crate::routes::{self, href};

/// About an edition: categories and keywords, judges, prize tiers, eligibility, key dates.
/// Each part appears only when the data has it.
#[component]
pub fn AboutEdition(
    /// The edition described (the page's own, shared).
    edition: Arc<Edition>,
) -> impl IntoView {
    let ed = edition;
    let figures = match (ed.applications, ed.winners_total) {
        (Some(a), Some(w)) => Some(format!("{a} applications, {w} winners.")),
        (Some(a), None) => Some(format!("{a} applications.")),
        (None, Some(w)) => Some(format!("{w} winners.")),
        _ => None,
    };
    view! {
        <section class="about" aria-labelledby="about-title" data-testid="about">
            <h2 id="about-title">{strings::awards::about(&ed.name)}</h2>
            <p>
                {ed.presented_at.as_deref().map(strings::awards::presented)}
                {figures}
            </p>
            <h3>{strings::awards::CATEGORIES}</h3>
            <ul class="about__categories" data-testid="about-categories">
                {ed.categories.iter().enumerate().map(|(i, c)| view! {
                    <li class=format!("cat-{}", i % 8 + 1)>
                        <span class="winner-card__category"><CategoryIcon id=c.id.to_string()/>{c.name.clone()}</span>
                        {(!c.keywords.is_empty()).then(|| view! { <span class="about__keywords">{c.keywords.join(" · ")}</span> })}
                    </li>
                }).collect_view()}
            </ul>
            {(!ed.judges.is_empty()).then(|| view! {
                <h3>{strings::awards::JUDGES}</h3>
                <ul class="about__judges" data-testid="judges">
                    {ed.judges.iter().map(|j| {
                        let details: Vec<String> = [j.title.clone(), j.organization.clone(), j.country.clone()].into_iter().flatten().collect();
                        let name = match &j.person {
                            Some(id) => view! { <a href=href(&routes::person(id.as_str())) data-testid=format!("judge-{id}")><strong>{j.name.clone()}</strong></a> }.into_any(),
                            None => view! { <strong>{j.name.clone()}</strong> }.into_any(),
                        };
                        view! { <li>{name}{(!details.is_empty()).then(|| format!(", {}", details.join(", ")))}</li> }
                    }).collect_view()}
                </ul>
            })}
            {ed.levels.iter().any(|l| !l.benefits.is_empty()).then(|| view! {
                <h3>{strings::awards::PRIZES}</h3>
                <div class="about__prizes" data-testid="prizes">
                    {ed.levels.iter().map(|l| view! {
                        <div class=format!("prize prize--{}", l.id)>
                            <h4>{l.name.clone()}</h4>
                            <ul>{l.benefits.iter().map(|b| view! { <li>{b.clone()}</li> }).collect_view()}</ul>
                        </div>
                    }).collect_view()}
                </div>
            })}
            {(!ed.eligibility.is_empty()).then(|| view! {
                <h3>{strings::awards::WHO_CAN_APPLY}</h3>
                <ul data-testid="eligibility">{ed.eligibility.iter().map(|e| view! { <li>{e.clone()}</li> }).collect_view()}</ul>
            })}
            {(!ed.key_dates.is_empty()).then(|| view! {
                <h3>{strings::awards::KEY_DATES}</h3>
                <ol class="about__dates" data-testid="key-dates">
                    {ed.key_dates.iter().map(|k| view! {
                        <li>
                            {k.date.map(|d| view! { <time datetime=d.iso()>{d.human()}</time>": " })}
                            {k.label.clone()}
                            {k.note.clone().map(|n| format!(" ({n})"))}
                        </li>
                    }).collect_view()}
                </ol>
            })}
            {(!ed.notes.is_empty()).then(|| view! {
                <div class="note">{ed.notes.iter().map(|n| view! { <p>{n.clone()}</p> }).collect_view()}</div>
            })}
        </section>
    }
}
