use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::dom;
use crate::embed::item_of;
use crate::routes;
use crate::share::share_links;
use crate::ui::embed_bar::EmbedHost;

/// Shares an item: the system share sheet where the browser has one, otherwise
/// copies the item's link, with a confirmation that screen readers hear; plus links
/// to share on X, Facebook and LinkedIn with #WeGO10 and the section's hashtag.
#[component]
pub fn ShareButton(
    /// The app path of the item (without the deploy's base path).
    #[prop(into)]
    path: Signal<String>,
    /// What is shared, for the share sheet and the button's name.
    #[prop(into)]
    title: Signal<String>,
    /// The section's hashtag without '#', e.g. "BACKTRACK".
    #[prop(default = None)]
    hashtag: Option<&'static str>,
) -> impl IntoView {
    // In an embed, once embed.js has told us the host page, shares point there.
    let host = use_context::<EmbedHost>().map(|h| h.0);
    let url = Memo::new(move |_| match host.and_then(|h| h.get()) {
        Some(host) => path.with(|p| host.share_url(&item_of(p))),
        None => path.with(|p| routes::absolute_url(p)),
    });
    let links = move || title.with(|t| share_links(&url.get(), t, hashtag));
    let (status, set_status) = signal(String::new());
    // A new item: its link has not been copied yet.
    Effect::new(move |_| {
        path.track();
        set_status.set(String::new());
    });
    let label = move || title.with(|t| wego10_core::strings::share_label(t));
    let on_click = move |_| {
        let url = url.get_untracked();
        if title.with_untracked(|t| dom::web_share(t, &url)) {
            return;
        }
        spawn_local(async move {
            let ok = dom::copy_text(&url).await;
            set_status.set(wego10_core::strings::link_copied(ok, &url));
        });
    };
    let view = view! {
        <span class="share" data-url=move || url.get() data-path=move || path.get() data-title=move || title.get() data-hashtag=hashtag>
            <button type="button" class="button button--ghost" aria-label=label data-testid="share" data-share on:click=on_click>
                "Share"
            </button>
            <span class="share__networks">
                {move || links().into_iter().map(|(network, href)| view! {
                    <a class="share__link" href=href target="_blank" rel="noopener noreferrer"
                        aria-label=format!("Share on {network} (opens a new tab)") data-testid=format!("share-{}", network.to_lowercase())>
                        {network}
                    </a>
                }).collect_view()}
            </span>
            <span class="share__status" role="status" data-testid="share-status">{status}</span>
        </span>
    };
    if routes::islands() {
        view! { <crate::islands::ShareBehaviour>{view}</crate::islands::ShareBehaviour> }.into_any()
    } else {
        view.into_any()
    }
}
