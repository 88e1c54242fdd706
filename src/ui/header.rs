use leptos::prelude::*;
use leptos_router::components::A;

use crate::routes::{self, href};
use wego10_core::sections::SECTIONS;
use wego10_core::strings;

/// The site header: the campaign mark and the main navigation (the current page's link
/// marked). On a phone the seven links sit behind a menu button, which
/// `islands::MenuBehaviour` opens and closes (without JavaScript they are all shown,
/// wrapped).
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="site-header__brand" href=href(routes::HOME)>
                <span class="site-header__mark" aria-hidden="true">"WeGO"<b>"10"</b></span>
                <span class="visually-hidden">{strings::HOME_LINK_NAME}</span>
            </a>
            <crate::islands::MenuBehaviour>
                <nav class="site-nav" aria-label=strings::MAIN_NAVIGATION>
                    <button type="button" class="site-nav__menu" aria-controls="site-nav-links" data-testid="menu-button"
                        aria-expanded="false">
                        {strings::MENU}
                    </button>
                    <ul id="site-nav-links">
                        <li><A href=href(routes::HOME) exact=true>{strings::HOME}</A></li>
                        {SECTIONS.iter().map(|s| view! { <li><A href=href(s.path)>{s.nav}</A></li> }).collect_view()}
                    </ul>
                </nav>
            </crate::islands::MenuBehaviour>
        </header>
    }
}
