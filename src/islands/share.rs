//! The Share button: the system share sheet where the browser has one, otherwise the
//! link copied, with a confirmation screen readers hear.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::dom::{self, listen, select};
use wego10_core::strings;

/// Wraps a `.share` element that names what it shares in `data-url` and `data-title`.
#[island]
pub fn ShareBehaviour(children: Children) -> impl IntoView {
    super::behaviour(children, attach)
}

/// Points a `.share`'s button name and network links at what it shares now (its
/// `data-url`, `data-path`, `data-title`, `data-hashtag`; the host page in an embed).
pub fn refresh(share: &web_sys::Element) {
    let url = shared_url(share);
    let title = share.get_attribute("data-title").unwrap_or_default();
    let hashtag = share.get_attribute("data-hashtag");
    if let Some(button) = select(share, "[data-share]") {
        let _ = button.set_attribute("aria-label", &strings::share_label(&title));
    }
    let Ok(links) = share.query_selector_all(".share__link") else {
        return;
    };
    let hrefs = wego10_core::share::share_links(&url, &title, hashtag.as_deref());
    for (i, (_, href)) in hrefs.iter().enumerate() {
        if let Some(link) = links
            .item(i as u32)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let _ = link.set_attribute("href", href);
        }
    }
}

/// What Share shares: the page's own address, or in an embed whose host page is known,
/// the host page's address with the item.
fn shared_url(share: &web_sys::Element) -> String {
    let own = share.get_attribute("data-url").unwrap_or_default();
    let html = document().document_element();
    let host = |name: &str| html.as_ref().and_then(|h| h.get_attribute(name));
    match (
        host(super::embed_bar::HOST_URL),
        host(super::embed_bar::HOST_PARAM),
    ) {
        (Some(url), Some(param)) => {
            let path = share.get_attribute("data-path").unwrap_or_default();
            wego10_core::embed::host_share_url(&url, &param, &wego10_core::embed::item_of(&path))
        }
        _ => own,
    }
}

fn attach(root: web_sys::Element) {
    let (Some(share), Some(button)) = (select(&root, ".share"), select(&root, "[data-share]"))
    else {
        return;
    };
    listen(&button, "click", move |_| {
        let url = shared_url(&share);
        let title = share.get_attribute("data-title").unwrap_or_default();
        if dom::web_share(&title, &url) {
            return;
        }
        let status = select(&share, ".share__status");
        let copied = url.clone();
        dom::copy_text(&url, move |ok| {
            if let Some(status) = status {
                status.set_text_content(Some(&strings::link_copied(ok, &copied)));
            }
        });
    });
}
