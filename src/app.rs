//! The shell: data context, router, header, routes and footer.

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::awards::AwardsPage;
use crate::data::{provide_site_data, use_site_data, SiteData};
use crate::dom;
use crate::home::HomePage;
use crate::members::MembersPage;
use crate::offices::OfficesPage;
use crate::partners::PartnersPage;
use crate::routes;
use crate::team::TeamPage;
use crate::timeline::TimelinePage;
use crate::ui::embed_bar::{EmbedBar, EmbedHost};
use crate::ui::footer::Footer;
use crate::ui::header::Header;
use crate::ui::not_found::NotFoundPage;

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
            // With <base href>, "#main" alone would lead to the home page: stay here.
            <a class="skip-link" href="#main" on:click=|ev| {
                ev.prevent_default();
                crate::dom::focus("main");
            }>"Skip to content"</a>
            {embed.is_none().then(|| view! { <Header/> })}
            <main id="main" class="site-main" tabindex="-1">
                <FlatRoutes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    // One route per section (optional segments), so opening and closing an
                    // item keeps the page mounted: focus, scroll and state survive. Flat
                    // routes: no nesting here, and about 16 KB less wasm (gzip).
                    <Route path=path!("/timeline/:slug?") view=TimelinePage/>
                    <Route path=path!("/offices/:slug?") view=OfficesPage/>
                    <Route path=path!("/awards/:edition?/:slug?") view=AwardsPage/>
                    <Route path=path!("/members/:slug?") view=MembersPage/>
                    <Route path=path!("/partners/:slug?") view=PartnersPage/>
                    <Route path=path!("/team/:slug?") view=TeamPage/>
                </FlatRoutes>
            </main>
            {match embed {
                None => view! { <Footer/> }.into_any(),
                Some(options) => view! { <EmbedBar options host/> }.into_any(),
            }}
        </Router>
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
        let base = routes::router_base();
        let meta = data.page_meta(path.strip_prefix(base.as_str()).unwrap_or(&path));
        // After the frame with the new view: setting the title costs the browser more
        // than a step's own update, and nothing on the page waits for it.
        dom::after_paint(move || {
            dom::set_page_identity(
                &wego10_core::meta::full_title(&meta.title),
                &meta.description,
            );
        });
    });
}
