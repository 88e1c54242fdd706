use leptos::prelude::*;

use crate::routes::{self, href};

/// "Not found" for an unknown item: names what was looked for and links back.
#[component]
pub fn NotFound(
    /// What was not found, e.g. `No event "xyz" in the timeline.`
    message: String,
    /// Where to go instead: (app path, link text).
    back: (&'static str, String),
) -> impl IntoView {
    view! {
        <section class="not-found" data-testid="not-found">
            <h2>"Not found"</h2>
            <p>{message}</p>
            <p>"The link may be mistyped, or the item may have moved."</p>
            <ul class="not-found__links">
                <li><a href=href(back.0)>{back.1}</a></li>
                <li><a href=href(routes::HOME)>"Go to the #WeGO10 home page"</a></li>
            </ul>
        </section>
    }
}

/// The router's fallback for unknown paths.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1 class="page-title">"Page not found"</h1>
        <NotFound
            message="There is no page at this address.".to_owned()
            back=(routes::TIMELINE, "Explore the timeline of WeGO's first decade".to_owned())
        />
    }
}
