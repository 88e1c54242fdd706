use leptos::prelude::*;
use wego10_core::strings;

use crate::routes;
use crate::share::share_links;

/// Shares an item: the system share sheet where the browser has one, otherwise copies
/// the item's link, with a confirmation that screen readers hear; plus links to share on
/// X, Facebook and LinkedIn with #WeGO10 and the section's hashtag. The build writes
/// what it shares in `data-*`; `islands::ShareBehaviour` does the sharing (and, in an
/// embed, points the links at the host page).
#[component]
pub fn ShareButton(
    /// The app path of the item (without the deploy's base path).
    path: String,
    /// What is shared, for the share sheet and the button's name.
    title: String,
    /// The section's hashtag without '#', e.g. "BACKTRACK".
    #[prop(default = None)]
    hashtag: Option<&'static str>,
) -> impl IntoView {
    let url = routes::absolute_url(&path);
    let links = share_links(&url, &title, hashtag);
    let label = strings::share_label(&title);
    view! {
        <crate::islands::ShareBehaviour>
            <span class="share" data-url=url data-path=path data-title=title data-hashtag=hashtag>
                <button type="button" class="button button--ghost" aria-label=label data-testid="share" data-share>
                    {strings::SHARE}
                </button>
                <span class="share__networks">
                    {links.into_iter().map(|(network, href)| view! {
                        <a class="share__link" href=href target="_blank" rel="noopener noreferrer"
                            aria-label=strings::share_on(network) data-testid=format!("share-{}", network.to_lowercase())>
                            {network}
                        </a>
                    }).collect_view()}
                </span>
                <span class="share__status" role="status" data-testid="share-status"></span>
            </span>
        </crate::islands::ShareBehaviour>
    }
}
