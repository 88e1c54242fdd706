//! The shell: meta, data context, router, header, routes and footer.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::awards::AwardsPage;
use crate::data::provide_site_data;
use crate::home::HomePage;
use crate::offices::OfficesPage;
use crate::routes;
use crate::timeline::TimelinePage;
use crate::ui::embed_bar::{EmbedBar, EmbedHost};
use crate::ui::footer::Footer;
use crate::ui::header::Header;
use crate::ui::not_found::NotFoundPage;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_site_data();
    let embed = routes::embed();
    let host = RwSignal::new(None);
    provide_context(EmbedHost(host));
    let html_class = embed.map_or(String::new(), |o| {
        let mut class = "embed".to_owned();
        if o.compact {
            class.push_str(" embed--compact");
        }
        if o.transparent {
            class.push_str(" embed--transparent");
        }
        class
    });
    view! {
        <Html attr:lang="en" attr:class=html_class/>
        <Title formatter=|text: String| if text.contains("WeGO 10") { text } else { format!("{text} · WeGO 10") }/>
        <Router base=routes::router_base()>
            // With <base href>, "#main" alone would lead to the home page: stay here.
            <a class="skip-link" href="#main" on:click=|ev| {
                ev.prevent_default();
                crate::dom::focus("main");
            }>"Skip to content"</a>
            {embed.is_none().then(|| view! { <Header/> })}
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
            {match embed {
                None => view! { <Footer/> }.into_any(),
                Some(options) => view! { <EmbedBar options host/> }.into_any(),
            }}
        </Router>
    }
}
