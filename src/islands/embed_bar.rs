//! The embed's bar and its side of the iframe protocol with public/embed.js
//! (`embed::bridge`): the content's height, the open item (the host page keeps it in its
//! address), the host page's address (shares then point there), and the way to the full
//! site, which follows the open item.

use leptos::prelude::*;
use web_sys::Element;
use wego10_core::embed::{embed_options_in_frame, item_of};
use wego10_core::routes::join;

use crate::dom::{elements, listen, select};
use crate::embed::bridge;
use crate::islands::url;

/// Wraps the embed bar (see `ui::embed_bar`).
#[island]
pub fn EmbedBarBehaviour(children: Children) -> impl IntoView {
    super::behaviour(children, attach)
}

/// Where the host page's address is kept for Share (see `islands::share`).
pub const HOST_URL: &str = "data-host-url";
pub const HOST_PARAM: &str = "data-host-param";

fn attach(root: Element) {
    let query = window().location().search().unwrap_or_default();
    let frame = window().name().unwrap_or_default();
    // The path under the base, "/embed/…": what says the page is an embed.
    let Some(options) = embed_options_in_frame(&url::path_under_base(), &query, &frame) else {
        return;
    };
    // The host page is known: the page's Share buttons point there.
    bridge::start(options.clone(), |host| {
        let Some(html) = document().document_element() else {
            return;
        };
        let _ = html.set_attribute(HOST_URL, &host.url);
        let _ = html.set_attribute(HOST_PARAM, &host.param);
        for share in elements(&html, ".share") {
            super::share::refresh(&share);
        }
    });
    let full_site = select(&root, "[data-testid=embed-open-full]");
    let follow = move || {
        let path = url::app_path();
        bridge::post_item(&options, &item_of(&path));
        if let Some(link) = &full_site {
            let _ = link.set_attribute("href", &join(&url::base_path(), &path));
        }
    };
    // The open item at start too, and whenever the address changes.
    follow();
    let on_change = follow.clone();
    listen(&window(), url::CHANGED, move |_| on_change());
    listen(&window(), "popstate", move |_| follow());
}
