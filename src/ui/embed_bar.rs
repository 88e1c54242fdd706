use leptos::prelude::*;
use wego10_core::strings;

use crate::routes::full_site_href;

/// The only chrome of an embed: where it comes from, and the way to the full site (the
/// page at `path`, an app path). `islands::EmbedBarBehaviour` runs the embed side of the
/// iframe protocol (height, open item, host URL) and keeps the link on the open item.
#[component]
pub fn EmbedBar(path: String) -> impl IntoView {
    view! {
        <crate::islands::EmbedBarBehaviour>
            <footer class="embed-bar">
                <a href=full_site_href(&path) target="_blank" rel="noopener" data-testid="embed-open-full">
                    <strong>"WeGO 10"</strong>{strings::home::OPEN_FULL_SITE.0}<span class="visually-hidden">{strings::home::OPEN_FULL_SITE.1}</span>" ↗"
                </a>
                <span class="embed-bar__tag">"#WeGO10"</span>
            </footer>
        </crate::islands::EmbedBarBehaviour>
    }
}
