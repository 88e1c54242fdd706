use leptos::prelude::*;

use super::item_route::ItemRoute;

/// The link to one item of a section: its own URL (so it can be opened in a new tab,
/// shared or followed without JavaScript); a plain click opens it in place, keeping the
/// section's filters. Focus comes back here when the item closes.
#[component]
pub fn ItemLink(
    /// The section's navigation.
    route: ItemRoute,
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
    #[prop(optional, into)]
    current: Option<Signal<bool>>,
    children: Children,
) -> impl IntoView {
    let open_id = item.clone();
    view! {
        <a
            id=id
            class=class
            href=href
            data-item-link=item
            aria-current=move || current.is_some_and(|c| c.get()).then_some("true")
            on:click=move |ev: web_sys::MouseEvent| {
                if crate::dom::is_plain_click(&ev) {
                    ev.prevent_default();
                    route.open(open_id.clone());
                }
            }
        >
            {children()}
        </a>
    }
}
