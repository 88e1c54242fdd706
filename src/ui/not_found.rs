use leptos::prelude::*;
use wego10_core::strings;

use crate::routes::{self, href};

/// Where a missing item's slug goes in `NotFound`'s message.
pub const SLUG: &str = "{slug}";

/// "Not found": names what was looked for and links back. With `missing`, it is the
/// page's view of an unknown item under it, hidden: the message has `SLUG` where the
/// item's slug goes, which the items behaviour writes (as text) when public/not-found.js
/// has opened the page for an address that is no page (`?missing=<slug>`).
#[component]
pub fn NotFound(
    /// What was not found, e.g. `There is no event "xyz" in the timeline.`
    message: String,
    /// Where to go instead: (app path, link text).
    back: (&'static str, String),
    #[prop(optional)] missing: bool,
) -> impl IntoView {
    let message = match message.split_once(SLUG).filter(|_| missing) {
        Some((before, after)) => {
            view! { {before.to_owned()}<span data-missing></span>{after.to_owned()} }.into_any()
        }
        None => message.into_any(),
    };
    let identity = missing.then(|| crate::ui::detail_shell::page_identity("/404"));
    view! {
        <section class="not-found" data-testid="not-found" data-not-found=missing.then_some("")
            hidden=missing data-page-title=identity.as_ref().map(|i| i.0.clone())
            data-page-description=identity.map(|i| i.1)>
            <h2>{strings::NOT_FOUND}</h2>
            <p>{message}</p>
            <p>{strings::MAYBE_MOVED}</p>
            <ul class="not-found__links">
                <li><a href=href(back.0)>{back.1}</a></li>
                <li><a href=href(routes::HOME)>{strings::GO_HOME}</a></li>
            </ul>
        </section>
    }
}

/// The page for unknown addresses (404.html).
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1 class="page-title">{strings::PAGE_NOT_FOUND}</h1>
        <NotFound
            message=strings::NO_PAGE_HERE.to_owned()
            back=(routes::TIMELINE, strings::EXPLORE_TIMELINE.to_owned())
        />
    }
}
