use leptos::prelude::*;

use super::embed_dialog::EmbedButton;
use super::share_button::ShareButton;

/// Under a section's title: share the section, and embed it on another site.
#[component]
pub fn PageActions(
    /// The section's app path, e.g. "/timeline".
    path: &'static str,
    /// "timeline", "offices" or "awards" (for the embed snippet).
    section: &'static str,
    /// What is shared.
    title: &'static str,
    /// The section's hashtag without '#'.
    #[prop(default = None)]
    hashtag: Option<&'static str>,
) -> impl IntoView {
    view! {
        <div class="page-actions" data-testid="page-actions">
            <ShareButton path=path.to_owned() title=title.to_owned() hashtag/>
            <EmbedButton section/>
        </div>
    }
}
