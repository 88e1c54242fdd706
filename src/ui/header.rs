use leptos::prelude::*;
use leptos_router::components::A;

use crate::routes::{self, href};

/// The site header: the campaign mark and the main navigation.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="site-header__brand" href=href(routes::HOME)>
                <span class="site-header__mark" aria-hidden="true">"WeGO"<b>"10"</b></span>
                <span class="visually-hidden">"WeGO 10 home"</span>
            </a>
            <nav class="site-nav" aria-label="Main">
                <ul>
                    <li><A href=href(routes::HOME) exact=true>"Home"</A></li>
                    <li><A href=href(routes::TIMELINE)>"Timeline"</A></li>
                    <li><A href=href(routes::OFFICES)>"Offices"</A></li>
                    <li><A href=href(routes::AWARDS)>"Awards"</A></li>
                </ul>
            </nav>
        </header>
    }
}
