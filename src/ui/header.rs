use leptos::html::Nav;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use super::keys::use_key_layer;
use crate::routes::{self, href};
use wego10_core::sections::SECTIONS;

/// The site header: the campaign mark and the main navigation. On a phone the seven
/// links sit behind a menu button (without JavaScript they are all shown, wrapped).
#[component]
pub fn Header() -> impl IntoView {
    let open = RwSignal::new(false);
    let nav = NodeRef::<Nav>::new();
    // A link followed, or Escape: the menu closes.
    let path = use_location().pathname;
    Effect::new(move |_| {
        path.track();
        open.set(false);
    });
    use_key_layer(
        move || nav.get_untracked().map(Into::into),
        || false,
        move |ev| {
            if ev.key() == "Escape" && open.get_untracked() {
                open.set(false);
                return true;
            }
            false
        },
    );
    let links = view! {
        <nav class="site-nav" class:site-nav--open=open aria-label="Main" node_ref=nav>
            <button type="button" class="site-nav__menu" aria-controls="site-nav-links" data-testid="menu-button"
                aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                "Menu"
            </button>
            <ul id="site-nav-links">
                <li><A href=href(routes::HOME) exact=true>"Home"</A></li>
                {SECTIONS.iter().map(|s| view! { <li><A href=href(s.path)>{s.nav}</A></li> }).collect_view()}
            </ul>
        </nav>
    };
    let links = if routes::islands() {
        view! { <crate::islands::MenuBehaviour>{links}</crate::islands::MenuBehaviour> }.into_any()
    } else {
        links.into_any()
    };
    view! {
        <header class="site-header">
            <a class="site-header__brand" href=href(routes::HOME)>
                <span class="site-header__mark" aria-hidden="true">"WeGO"<b>"10"</b></span>
                <span class="visually-hidden">"WeGO 10 home"</span>
            </a>
            {links}
        </header>
    }
}
