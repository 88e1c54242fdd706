use leptos::prelude::*;
use wego10_core::strings;

use super::item_route::ItemRoute;
use super::share_button::ShareButton;

/// What the bar's Share button shares.
pub struct Share {
    /// The item's app path.
    pub path: String,
    /// The item's name.
    pub title: String,
    /// The section's hashtag without '#'.
    pub hashtag: Option<&'static str>,
}

/// An item beside the open one: its id and name.
pub type Neighbour = Option<(String, String)>;

/// The bar of an open item, the same in every section: Previous and Next among the
/// shown items, Share, Close. Previous, Next and Close are links to the pages they
/// show, so they work where the islands do not run (without JavaScript, or when the
/// wasm never arrives); the page's behaviour opens and closes items in place instead,
/// and keeps the links on the items the filters show.
#[component]
pub fn DetailBar(
    route: ItemRoute,
    /// The block the bar belongs to ("event-detail"): the bar is `{block}__bar`, Close
    /// is `{block}__close`.
    block: &'static str,
    /// The items' noun ("event"): the names of Previous, Next and Close.
    noun: &'static str,
    /// The items before and after the open one; without them, the bar has no Previous
    /// and Next.
    #[prop(optional_no_strip)]
    neighbours: Option<(Neighbour, Neighbour)>,
    /// What Share shares.
    share: Share,
    /// Close's accessible name, when not "Close the {noun} details".
    #[prop(optional_no_strip)]
    close_label: Option<&'static str>,
) -> impl IntoView {
    let steps = neighbours.map(|(previous, next)| {
        let step = move |delta: i32,
                         target: Neighbour,
                         label: &'static str,
                         which: (&'static str, &'static str)| {
            let name = target.as_ref().map(|(_, name)| name.as_str());
            view! {
                <a class="button button--ghost" role="link"
                    href=target.as_ref().map(|(id, _)| route.href(Some(id.clone())))
                    aria-disabled=target.is_none().then_some("true")
                    data-testid=if delta < 0 { "prev" } else { "next" } data-step=delta
                    aria-label=strings::step_label(which, noun, name)>{label}</a>
            }
        };
        view! {
            {step(-1, previous, strings::PREVIOUS, strings::STEPS[0])}
            {step(1, next, strings::NEXT, strings::STEPS[1])}
        }
    });
    view! {
        <div class=format!("{block}__bar")>
            {steps}
            <ShareButton path=share.path title=share.title hashtag=share.hashtag/>
            <a class=format!("button button--ghost {block}__close") data-testid="close" data-close
                href=route.href(None)
                aria-label=close_label.map_or_else(|| strings::close_label(noun), str::to_owned)>{strings::CLOSE}</a>
        </div>
    }
}
