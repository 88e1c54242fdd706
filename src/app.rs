//! The shell: data context, router, header, routes and footer.

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::awards::Awards;
use crate::data::{provide_site_data, use_site_data, SiteData};
use crate::dom;
use crate::home::HomePage;
use crate::members::Members;
use crate::offices::Offices;
use crate::partners::Partners;
use crate::routes;
use crate::team::Team;
use crate::timeline::Timeline;
use crate::ui::embed_bar::{EmbedBar, EmbedHost};
use crate::ui::footer::Footer;
use crate::ui::header::Header;
use crate::ui::not_found::NotFoundPage;
use crate::ui::section::{self, section_page};

/// The whole app, on the data files it is given (see `SiteData`).
#[component]
pub fn App(
    /// The four data files.
    data: SiteData,
) -> impl IntoView {
    provide_site_data(data);
    crate::ui::keys::provide_key_layers();
    let embed = routes::embed();
    let host = RwSignal::new(None);
    provide_context(EmbedHost(host));
    view! {
        <Router base=routes::router_base()>
            <PageIdentity/>
            <SkipLink/>
            {embed.is_none().then(|| view! { <Header/> })}
            <main id="main" class="site-main" tabindex="-1">
                <FlatRoutes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    // One route per section (optional segments), so opening and closing an
                    // item keeps the page mounted: focus, scroll and state survive. Flat
                    // routes: no nesting here, and about 16 KB less wasm (gzip). Each section
                    // page shows its data file (loading, or the error with Retry) with its
                    // section's component.
                    <Route path=path!("/timeline/:slug?") view=|| section_page(&section::TIMELINE, use_site_data().timeline, |file| view! { <Timeline file/> }.into_any())/>
                    <Route path=path!("/offices/:slug?") view=|| section_page(&section::OFFICES, use_site_data().offices, |file| view! { <Offices file/> }.into_any())/>
                    <Route path=path!("/awards/:edition?/:slug?") view=|| section_page(&section::AWARDS, use_site_data().awards, |file| view! { <Awards file/> }.into_any())/>
                    <Route path=path!("/members/:slug?") view=|| section_page(&section::MEMBERS, use_site_data().members, |file| view! { <Members file/> }.into_any())/>
                    <Route path=path!("/partners/:slug?") view=|| section_page(&section::PARTNERS, use_site_data().partners, |file| view! { <Partners file/> }.into_any())/>
                    <Route path=path!("/team/:slug?") view=|| section_page(&section::TEAM, use_site_data().team, |file| view! { <Team file/> }.into_any())/>
                </FlatRoutes>
            </main>
            {match embed {
                None => view! { <Footer/> }.into_any(),
                Some(options) if routes::islands() => view! {
                    <crate::islands::EmbedBarBehaviour><EmbedBar options host/></crate::islands::EmbedBarBehaviour>
                }.into_any(),
                Some(options) => view! { <EmbedBar options host/> }.into_any(),
            }}
        </Router>
    }
}

/// "Skip to content": focus into `<main>`, on the same page. Its href is the page's own
/// path: with `<base href>`, "#main" alone would lead to the home page (an islands
/// page has no handler to stop it).
#[component]
fn SkipLink() -> impl IntoView {
    let location = use_location();
    view! {
        <a class="skip-link" href=move || format!("{}#main", location.pathname.get()) on:click=|ev| {
            ev.prevent_default();
            crate::dom::focus("main");
        }>"Skip to content"</a>
    }
}

/// Keeps the document's title and description in step with the route: the same text
/// the site build wrote into the page's static HTML (`wego10_core::meta`).
#[component]
fn PageIdentity() -> impl IntoView {
    let data = use_site_data();
    let location = use_location();
    Effect::new(move |_| {
        let path = location.pathname.get();
        data.track_page_files();
        // When the browser is idle: working out and setting the title costs more than a
        // step's own update, and nothing on the page waits for it.
        dom::when_idle(move || {
            let base = routes::router_base();
            let path = path.strip_prefix(base.as_str()).unwrap_or(&path);
            let meta = data.page_meta(path);
            dom::set_page_identity(
                &wego10_core::meta::full_title(&meta.title),
                &meta.description,
            );
        });
    });
}
