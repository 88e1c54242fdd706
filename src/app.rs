//! The shell: meta, data context, router, header, routes and footer.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::awards::AwardsPage;
use crate::data::provide_site_data;
use crate::home::HomePage;
use crate::offices::OfficesPage;
use crate::routes::base_path;
use crate::timeline::TimelinePage;
use crate::ui::footer::Footer;
use crate::ui::header::Header;
use crate::ui::not_found::NotFoundPage;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_site_data();
    view! {
        <Html attr:lang="en"/>
        <Title formatter=|text: String| if text.contains("WeGO 10") { text } else { format!("{text} · WeGO 10") }/>
        <Router base=base_path()>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <Header/>
            <main id="main" class="site-main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    // One route per section (optional segments), so opening and closing an
                    // item keeps the page mounted: focus, scroll and state survive.
                    <Route path=path!("/timeline/:slug?") view=TimelinePage/>
                    <Route path=path!("/offices/:slug?") view=OfficesPage/>
                    <Route path=path!("/awards/:edition?/:slug?") view=AwardsPage/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}
