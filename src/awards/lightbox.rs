use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use super::icons::CategoryIcon;
use super::logic::{category_index, display_name, level_name};
use crate::data::{use_site_data, Edition, Winner};
use crate::routes;
use crate::ui::detail_bar::DetailBar;
use crate::ui::item_route::ItemRoute;
use crate::ui::related;
use crate::ui::share_button::ShareButton;
use crate::ui::sources::SourceList;
use crate::ui::text::paragraphs;
use wego10_core::item_nav::swipe_step;

/// The detail of one winner as a modal dialog: focus moves in and stays in, Esc
/// closes, ←/→ and swipes step through the filtered set (the section's keyboard layer,
/// see `ItemRoute::listen_keys`), the page behind is locked (style/awards.css). It stays
/// mounted: while the visitor steps its fields change in place, and while no winner is
/// open it is hidden, still showing the last one (closing changes nothing else).
#[component]
pub fn Lightbox(
    route: ItemRoute,
    /// The dialog element (the keyboard layer keeps Tab inside it).
    dialog: NodeRef<Div>,
    /// The edition shown.
    edition: Memo<Option<Arc<Edition>>>,
    /// Index of the open winner in the edition (None: the dialog is hidden).
    index: Memo<Option<usize>>,
) -> impl IntoView {
    // The open winner; while none is, the last one shown (the dialog is hidden).
    let winner = Memo::new(move |last: Option<&Option<Winner>>| {
        let open = index
            .get()
            .and_then(|i| edition.with(|ed| ed.as_ref().and_then(|ed| ed.winners.get(i).cloned())));
        open.or_else(|| last.cloned().flatten())
    });
    let with_winner = move |f: fn(&Edition, &Winner) -> Option<String>| {
        move || edition.with(|ed| winner.with(|w| f(ed.as_ref()?, w.as_ref()?)))
    };
    let name = Signal::derive(with_winner(|_, w| Some(display_name(w))));
    let category = Memo::new(move |_| {
        edition.with(|ed| {
            winner.with(|w| match (ed, w) {
                (Some(ed), Some(w)) => category_index(ed, w.category.as_str()),
                _ => 0,
            })
        })
    });
    let path = Signal::derive(with_winner(|ed, w| {
        Some(routes::award_winner(ed.id.as_str(), w.id.as_str()))
    }));
    let name_of = Callback::new(move |id: String| {
        edition.with(|ed| {
            let ed = ed.as_ref()?;
            ed.winners
                .iter()
                .find(|w| w.id.as_str() == id)
                .map(display_name)
        })
    });

    // A horizontal swipe steps; a tap or a vertical scroll does not.
    let start = StoredValue::new(None::<(i32, i32)>);
    let on_pointerdown =
        move |ev: web_sys::PointerEvent| start.set_value(Some((ev.client_x(), ev.client_y())));
    let on_pointerup = move |ev: web_sys::PointerEvent| {
        if let Some((x, y)) = start.get_value() {
            if let Some(delta) = swipe_step(ev.client_x() - x, ev.client_y() - y) {
                route.step(delta);
            }
        }
        start.set_value(None);
    };
    view! {
        <div class="lightbox" data-testid="lightbox-backdrop" hidden=move || index.get().is_none()
            on:click=move |_| route.close()>
            <div
                id="winner-dialog"
                class=move || format!("lightbox__dialog cat-{}", category.get() % 8 + 1)
                role="dialog"
                aria-modal="true"
                aria-labelledby="lightbox-title"
                data-testid="lightbox"
                node_ref=dialog
                on:click=|ev| ev.stop_propagation()
                on:pointerdown=on_pointerdown
                on:pointerup=on_pointerup
            >
                <DetailBar route block="lightbox" noun="winner" name_of=Some(name_of) close_label=Some("Close")/>
                {move || edition.with(|ed| winner.with(|w| Some(meta(ed.as_ref()?, w.as_ref()?))))}
                <h2 id="lightbox-title" class="lightbox__title" tabindex="-1" node_ref=route.title>{name}</h2>
                {move || edition.with(|ed| winner.with(|w| Some(body(ed.as_ref()?, w.as_ref()?))))}
                <ShareButton path=Signal::derive(move || path.get().unwrap_or_default()) title=Signal::derive(move || name.get().unwrap_or_default())/>
            </div>
        </div>
    }
}

/// The winner's line above its heading: category (with its icon), level and edition.
pub fn meta(ed: &Edition, w: &Winner) -> impl IntoView + use<> {
    let ci = category_index(ed, w.category.as_str());
    let category = ed
        .categories
        .get(ci)
        .map(|c| c.name.clone())
        .unwrap_or_default();
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
            <p class="note">"The sources we have name the category and the level of this award, but not the winner."</p>
        })}
        {keywords.filter(|(_, k)| !k.is_empty()).map(|(name, keywords)| view! {
            <h3>{format!("{name} keywords")}</h3>
            <ul class="keywords" data-testid="keywords">{keywords.into_iter().map(|k| view! { <li>{k}</li> }).collect_view()}</ul>
        })}
        {related_links(w)}
        {w.note.clone().map(|n| view! { <p class="note"><strong>"Note: "</strong>{n}</p> })}
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
