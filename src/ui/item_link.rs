use leptos::prelude::*;

/// The link to one item of a section: its own URL (so it can be opened in a new tab,
/// shared or followed without JavaScript); the page's behaviour opens it in place on a
/// plain click, keeping the section's filters, and brings focus back here when it closes.
#[component]
pub fn ItemLink(
    /// The item's id.
    #[prop(into)]
    item: String,
    /// The item's own URL (with the deploy's base path).
    href: String,
    /// The element's id (for tests and in-page links).
    #[prop(optional, into)]
    id: Option<String>,
    #[prop(optional)] class: &'static str,
    /// Whether it is the open item (`aria-current`).
    #[prop(optional)]
    current: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <a id=id class=class href=href data-item-link=item aria-current=current.then_some("true")>
            {children()}
        </a>
    }
}
