use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::embed::{item_of, EmbedOptions, HostPage};
use crate::routes::{self, full_site_href};

/// The page that embeds this view, once embed.js has said (None on the full site).
#[derive(Clone, Copy)]
pub struct EmbedHost(pub RwSignal<Option<HostPage>>);

/// The app path of a location inside an embed: the path after the router's base
/// ("/timeline/x").
fn app_path(path: &str) -> String {
    let base = routes::router_base();
    let path = path.strip_prefix(base.as_str()).unwrap_or(path);
    if path.is_empty() {
        "/".into()
    } else {
        path.to_owned()
    }
}

/// The only chrome of an embed: where it comes from, and the way to the full site.
/// Also runs the embed side of the iframe protocol (height, open item, host URL).
#[component]
pub fn EmbedBar(options: EmbedOptions, host: RwSignal<Option<HostPage>>) -> impl IntoView {
    let location = use_location();
    let path = Memo::new(move |_| app_path(&location.pathname.get()));
    // The browser side only: effects do not run in the site build's render.
    {
        let options = options.clone();
        Effect::new(move |_| crate::embed::bridge::start(options.clone(), host));
    }
    Effect::new(move |_| crate::embed::bridge::post_item(&options, &item_of(&path.get())));
    view! {
        <footer class="embed-bar">
            <a href=move || full_site_href(&path.get()) target="_blank" rel="noopener" data-testid="embed-open-full">
                <strong>"WeGO 10"</strong>" · open the full site"<span class="visually-hidden">" (opens a new tab)"</span>" ↗"
            </a>
            <span class="embed-bar__tag">"#WeGO10"</span>
        </footer>
    }
}
