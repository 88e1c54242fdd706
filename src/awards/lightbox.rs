use leptos::prelude::*;

use super::icons::CategoryIcon;
use crate::data::{use_site_data, Winner};
use crate::dom;
use crate::routes::{self, href};
use crate::ui::share_button::ShareButton;
use crate::ui::sources::SourceList;

const DIALOG_ID: &str = "winner-dialog";

/// What the lightbox shows about its winner, beyond the winner itself.
pub struct WinnerContext {
    pub name: String,
    pub edition_id: String,
    pub edition_name: String,
    pub category: (String, usize),
    pub keywords: Vec<String>,
    pub level: Option<String>,
    pub prev: Option<String>,
    pub next: Option<String>,
}

/// The detail of one winner as a modal dialog: focus moves in and stays in,
/// Esc closes, ←/→ and swipes step through the filtered set, the page behind is locked.
#[component]
pub fn Lightbox(
    /// The winner shown.
    winner: Winner,
    /// Names and neighbours.
    context: WinnerContext,
    /// Steps by -1 or +1.
    on_step: Callback<i32>,
    /// Closes the dialog.
    on_close: Callback<()>,
) -> impl IntoView {
    let WinnerContext {
        name,
        edition_id,
        edition_name,
        category,
        keywords,
        level,
        prev,
        next,
    } = context;
    // In the browser only (effects do not run in the site build's render). The page
    // behind is locked by style/awards.css while the dialog is in the document.
    Effect::new(|_| {
        dom::when_present("winner-dialog-title".into(), || {
            dom::focus("winner-dialog-title")
        });
    });

    // A modal owns the keyboard: listen on the window, so a key pressed while the
    // dialog re-renders (focus briefly on <body>) is not lost.
    let keys = window_event_listener(
        leptos::ev::keydown,
        move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
            "Escape" => {
                ev.prevent_default();
                on_close.run(());
            }
            "ArrowLeft" if !dom::from_text_field(&ev) => on_step.run(-1),
            "ArrowRight" if !dom::from_text_field(&ev) => on_step.run(1),
            "Tab" => dom::trap_tab(&ev, DIALOG_ID),
            _ => {}
        },
    );
    on_cleanup(move || keys.remove());
    // A horizontal swipe steps; a tap or a vertical scroll does not.
    let start = StoredValue::new(None::<(i32, i32)>);
    let on_pointerdown =
        move |ev: web_sys::PointerEvent| start.set_value(Some((ev.client_x(), ev.client_y())));
    let on_pointerup = move |ev: web_sys::PointerEvent| {
        if let Some((x, y)) = start.get_value() {
            let (dx, dy) = (ev.client_x() - x, ev.client_y() - y);
            if dx.abs() > 60 && dy.abs() < dx.abs() / 2 {
                on_step.run(if dx < 0 { 1 } else { -1 });
            }
        }
        start.set_value(None);
    };

    let path = routes::award_winner(&edition_id, winner.id.as_str());
    let related = related_links(&winner);
    view! {
        <div class="lightbox" data-testid="lightbox-backdrop" on:click=move |_| on_close.run(())>
            <div
                id=DIALOG_ID
                class=format!("lightbox__dialog cat-{}", category.1 % 8 + 1)
                role="dialog"
                aria-modal="true"
                aria-labelledby="winner-dialog-title"
                data-testid="lightbox"
                on:click=|ev| ev.stop_propagation()
                on:pointerdown=on_pointerdown
                on:pointerup=on_pointerup
            >
                <div class="lightbox__bar">
                    <button type="button" class="button button--ghost" disabled=prev.is_none() data-testid="prev"
                        aria-label=prev.as_ref().map_or("No previous winner".to_owned(), |t| format!("Previous winner: {t}"))
                        on:click=move |_| on_step.run(-1)>"← Previous"</button>
                    <button type="button" class="button button--ghost" disabled=next.is_none() data-testid="next"
                        aria-label=next.as_ref().map_or("No next winner".to_owned(), |t| format!("Next winner: {t}"))
                        on:click=move |_| on_step.run(1)>"Next →"</button>
                    <button type="button" class="button button--ghost lightbox__close" data-testid="close"
                        aria-label="Close" on:click=move |_| on_close.run(())>"✕ Close"</button>
                </div>
                <p class="lightbox__meta">
                    <span class="winner-card__category"><CategoryIcon id=winner.category.to_string()/>{category.0.clone()}</span>
                    {level.clone().map(|l| view! { " · "<span data-testid="lightbox-level">{l}</span> })}
                    " · "<span>{edition_name}</span>
                </p>
                <h2 id="winner-dialog-title" class="lightbox__title" tabindex="-1">{name.clone()}</h2>
                {winner.country.clone().map(|c| view! { <p class="lightbox__country">{c}</p> })}
                {winner.project.clone().map(|p| view! { <p class="lightbox__project">{p}</p> })}
                {winner.summary.clone().map(|s| view! { <p class="lightbox__summary">{s}</p> })}
                {winner.description.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                {(winner.city.is_none()).then(|| view! {
                    <p class="note">"The sources we have name the category and the level of this award, but not the winner."</p>
                })}
                {(!keywords.is_empty()).then(|| view! {
                    <h3>{format!("{} keywords", category.0)}</h3>
                    <ul class="keywords" data-testid="keywords">{keywords.into_iter().map(|k| view! { <li>{k}</li> }).collect_view()}</ul>
                })}
                {related}
                {winner.note.clone().map(|n| view! { <p class="note"><strong>"Note: "</strong>{n}</p> })}
                <SourceList sources=winner.sources.clone()/>
                <ShareButton path title=name/>
            </div>
        </div>
    }
}

/// Links to the timeline events and offices the winner names.
fn related_links(w: &Winner) -> Option<impl IntoView + use<>> {
    if w.events.is_empty() && w.offices.is_empty() {
        return None;
    }
    let data = use_site_data();
    let event_ids: Vec<String> = w.events.iter().map(|e| e.to_string()).collect();
    let office_ids: Vec<String> = w.offices.iter().map(|o| o.to_string()).collect();
    let event_title = move |id: &str| data.event_title(id).unwrap_or_else(|| id.replace('-', " "));
    let office_name = move |id: &str| {
        data.office_label(id)
            .unwrap_or_else(|| id.replace('-', " "))
    };
    Some(view! {
        <h3>"Related"</h3>
        <ul class="lightbox__related" data-testid="related">
            {event_ids.into_iter().map(|id| {
                let t = id.clone();
                view! { <li><a href=href(&routes::timeline_event(&id)) data-testid=format!("related-event-{id}")>{move || format!("On the timeline: {}", event_title(&t))}</a></li> }
            }).collect_view()}
            {office_ids.into_iter().map(|id| {
                let t = id.clone();
                view! { <li><a href=href(&routes::office(&id)) data-testid=format!("related-office-{id}")>{move || format!("On the map: {}", office_name(&t))}</a></li> }
            }).collect_view()}
        </ul>
    })
}
