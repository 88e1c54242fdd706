//! Two routes, a signal and a link: the least a hydrated Leptos app with a router ships.

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router, A};
use leptos_router::hooks::use_params_map;
use leptos_router::path;

#[component]
fn Home() -> impl IntoView {
    let count = RwSignal::new(0);
    view! { <h1>"Home"</h1><button on:click=move |_| count.update(|c| *c += 1)>{move || count.get()}</button><A href="/item/a">"a"</A> }
}

#[component]
fn Item() -> impl IntoView {
    let params = use_params_map();
    view! { <h1>{move || params.read().get("id").unwrap_or_default()}</h1> }
}

#[component]
fn App() -> impl IntoView {
    view! {
        <Router>
            <main>
                <FlatRoutes fallback=|| "Not found">
                    <Route path=path!("") view=Home/>
                    <Route path=path!("item/:id") view=Item/>
                </FlatRoutes>
            </main>
        </Router>
    }
}

fn main() {
    leptos::mount::hydrate_body(App);
}
