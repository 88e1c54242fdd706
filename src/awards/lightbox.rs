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
    // A memo: stepping between winners of one category leaves its icon and keywords be.
    let category = Memo::new(move |_| {
        edition.with(|ed| {
            winner.with(|w| match (ed, w) {
                (Some(ed), Some(w)) => {
                    let ci = category_index(ed, w.category.as_str());
                    let c = ed.categories.get(ci);
                    (
                        ci,
                        w.category.to_string(),
                        c.map(|c| c.name.clone()).unwrap_or_default(),
                        c.map(|c| c.keywords.clone()).unwrap_or_default(),
                    )
                }
                _ => (0, String::new(), String::new(), Vec::new()),
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
            let (dx, dy) = (ev.client_x() - x, ev.client_y() - y);
            if dx.abs() > 60 && dy.abs() < dx.abs() / 2 {
                route.step(if dx < 0 { 1 } else { -1 });
            }
        }
        start.set_value(None);
    };
    let text =
        move |f: fn(&Winner) -> Option<String>| move || winner.with(|w| w.as_ref().and_then(f));
    view! {
        <div class="lightbox" data-testid="lightbox-backdrop" hidden=move || index.get().is_none()
            on:click=move |_| route.close()>
            <div
                id="winner-dialog"
                class=move || format!("lightbox__dialog cat-{}", category.with(|c| c.0) % 8 + 1)
                role="dialog"
                aria-modal="true"
                aria-labelledby="winner-dialog-title"
                data-testid="lightbox"
                node_ref=dialog
                on:click=|ev| ev.stop_propagation()
                on:pointerdown=on_pointerdown
                on:pointerup=on_pointerup
            >
                <DetailBar route block="lightbox" noun="winner" name_of close_label="Close"/>
                <p class="lightbox__meta">
                    <span class="winner-card__category">
                        {move || view! { <CategoryIcon id=category.with(|c| c.1.clone())/> }}
                        {move || category.with(|c| c.2.clone())}
                    </span>
                    {move || with_winner(|ed, w| level_name(ed, w).map(str::to_owned))().map(|l| view! { " · "<span data-testid="lightbox-level">{l}</span> })}
                    " · "<span>{move || edition.with(|ed| ed.as_ref().map(|e| e.name.clone()))}</span>
                </p>
                <h2 id="winner-dialog-title" class="lightbox__title" tabindex="-1" node_ref=route.title>{name}</h2>
                {move || text(|w| w.country.clone())().map(|c| view! { <p class="lightbox__country">{c}</p> })}
                {move || text(|w| w.project.clone())().map(|p| view! { <p class="lightbox__project">{p}</p> })}
                {move || text(|w| w.summary.clone())().map(|s| view! { <p class="lightbox__summary">{s}</p> })}
                {move || winner.with(|w| w.as_ref().map(|w| paragraphs(&w.description)))}
                {move || winner.with(|w| w.as_ref().is_some_and(|w| w.city.is_none())).then(|| view! {
                    <p class="note">"The sources we have name the category and the level of this award, but not the winner."</p>
                })}
                {move || category.with(|(_, _, name, keywords)| (!keywords.is_empty()).then(|| view! {
                    <h3>{format!("{name} keywords")}</h3>
                    <ul class="keywords" data-testid="keywords">{keywords.iter().map(|k| view! { <li>{k.clone()}</li> }).collect_view()}</ul>
                }))}
                {move || winner.with(|w| w.as_ref().map(related_links))}
                {move || text(|w| w.note.clone())().map(|n| view! { <p class="note"><strong>"Note: "</strong>{n}</p> })}
                <SourceList sources=Signal::derive(move || winner.with(|w| w.as_ref().map(|w| w.sources.clone()).unwrap_or_default()))/>
                <ShareButton path=Signal::derive(move || path.get().unwrap_or_default()) title=Signal::derive(move || name.get().unwrap_or_default())/>
            </div>
        </div>
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
