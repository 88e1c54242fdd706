//! The page: data context, router (the site build renders one route a page), header,
//! the route's content and footer.

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::hooks::use_location;
use leptos_router::path;
use wego10_core::strings;

use crate::awards::Awards;
use crate::data::{provide_site_data, use_site_data, SiteData};
use crate::home::HomePage;
use crate::members::Members;
use crate::offices::Offices;
use crate::partners::Partners;
use crate::routes;
use crate::team::Team;
use crate::timeline::Timeline;
use crate::ui::embed_bar::EmbedBar;
use crate::ui::footer::Footer;
use crate::ui::header::Header;
use crate::ui::not_found::NotFoundPage;
use crate::ui::section::{self, section_page};

/// The page at the request's URL, on the data files it is given (see `SiteData`).
#[component]
pub fn App(
    /// The data files.
    data: SiteData,
) -> impl IntoView {
    provide_site_data(data);
    let embed = routes::embed().is_some();
    view! {
        <Router base=routes::router_base()>
            <SkipLink/>
            {(!embed).then(|| view! { <Header/> })}
            <main id="main" class="site-main" tabindex="-1">
                <FlatRoutes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/timeline/:slug?") view=|| section_page(&section::TIMELINE, use_site_data().timeline, |file| view! { <Timeline file/> }.into_any())/>
                    <Route path=path!("/offices/:slug?") view=|| section_page(&section::OFFICES, use_site_data().offices, |file| view! { <Offices file/> }.into_any())/>
                    <Route path=path!("/awards/:edition?/:slug?") view=|| section_page(&section::AWARDS, use_site_data().awards, |file| view! { <Awards file/> }.into_any())/>
                    <Route path=path!("/members/:slug?") view=|| section_page(&section::MEMBERS, use_site_data().members, |file| view! { <Members file/> }.into_any())/>
                    <Route path=path!("/partners/:slug?") view=|| section_page(&section::PARTNERS, use_site_data().partners, |file| view! { <Partners file/> }.into_any())/>
                    <Route path=path!("/team/:slug?") view=|| section_page(&section::TEAM, use_site_data().team, |file| view! { <Team file/> }.into_any())/>
                </FlatRoutes>
            </main>
            {match embed {
                false => view! { <Footer/> }.into_any(),
                true => view! { <EmbedPath/> }.into_any(),
            }}
        </Router>
    }
}

/// The embed bar of the page at the request's URL.
#[component]
fn EmbedPath() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    let base = routes::router_base();
    let path = match path.strip_prefix(base.as_str()).unwrap_or(&path) {
        "" => "/".to_owned(),
        p => p.to_owned(),
    };
    view! { <EmbedBar path/> }
}

/// "Skip to content": into `<main>`, on the same page. Its href is the page's own path:
/// with `<base href>`, "#main" alone would lead to the home page.
#[component]
fn SkipLink() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    view! { <a class="skip-link" href=format!("{path}#main")>{strings::SKIP_TO_CONTENT}</a> }
}
