use leptos::prelude::*;

use super::item_route::ItemRoute;
use super::share_button::ShareButton;
use crate::dom;

/// What the bar's Share button shares.
pub struct Share {
    /// The item's app path.
    pub path: Signal<String>,
    /// The item's name.
    pub title: Signal<String>,
    /// The section's hashtag without '#'.
    pub hashtag: Option<&'static str>,
}

/// The bar of an open item, the same in every section: Previous and Next among the
/// shown items, Share, Close. Previous, Next and Close are links to the pages they
/// show, so they work where the app does not run (without JavaScript, or when its wasm
/// never arrives); the app opens and closes items in place instead.
#[component]
pub fn DetailBar(
    route: ItemRoute,
    /// The block the bar belongs to ("event-detail"): the bar is `{block}__bar`, Close
    /// is `{block}__close`.
    block: &'static str,
    /// The items' noun ("event"): the names of Previous, Next and Close.
    noun: &'static str,
    /// The name of an item by id, for Previous and Next; without it, the bar has none.
    #[prop(optional_no_strip)]
    name_of: Option<Callback<String, Option<String>>>,
    /// What Share shares; without it, the bar has no Share.
    #[prop(optional)]
    share: Option<Share>,
    /// Close's accessible name, when not "Close the {noun} details".
    #[prop(optional_no_strip)]
    close_label: Option<&'static str>,
) -> impl IntoView {
    let steps = name_of.map(|name_of| {
        let neighbours = Memo::new(move |_| {
            let (p, n) = route.neighbours();
            let named = |id: Option<String>| id.map(|id| (name_of.run(id.clone()), id));
            (named(p), named(n))
        });
        let step = move |delta: i32, label: &'static str, which: &'static str| {
            let target =
                move || neighbours.with(|(p, n)| if delta < 0 { p.clone() } else { n.clone() });
            view! {
                <a class="button button--ghost" role="link"
                    href=move || target().map(|(_, id)| route.href(Some(id)))
                    aria-disabled=move || target().is_none().then_some("true")
                    data-testid=if delta < 0 { "prev" } else { "next" } data-step=delta
                    aria-label=move || {
                        let target = target();
                        let name = target.as_ref().map(|(name, _)| name.as_deref().unwrap_or_default());
                        wego10_core::strings::step_label(which, noun, name)
                    }
                    on:click=move |ev| {
                        if dom::is_plain_click(&ev) {
                            ev.prevent_default();
                            route.step(delta);
                        }
                    }>{label}</a>
            }
        };
        view! {
            {step(-1, "← Previous", "Previous")}
            {step(1, "Next →", "Next")}
        }
    });
    let share = share.map(|s| view! { <ShareButton path=s.path title=s.title hashtag=s.hashtag/> });
    view! {
        <div class=format!("{block}__bar")>
            {steps}
            {share}
            <a class=format!("button button--ghost {block}__close") data-testid="close" data-close
                href=move || route.href(None)
                aria-label=close_label.map_or_else(|| format!("Close the {noun} details"), str::to_owned)
                on:click=move |ev| {
                    if dom::is_plain_click(&ev) {
                        ev.prevent_default();
                        route.close();
                    }
                }>"✕ Close"</a>
        </div>
    }
}
