//! The Share button: the system share sheet where the browser has one, otherwise the
//! link copied, with a confirmation screen readers hear.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::dom::{self, listen, select};
use wego10_core::strings;

/// Wraps a `.share` element that names what it shares in `data-url` and `data-title`.
#[cfg_attr(not(feature = "hydrate"), island)]
#[cfg_attr(feature = "hydrate", component)]
pub fn ShareBehaviour(children: Children) -> impl IntoView {
    super::behaviour(children, attach)
}

fn attach(root: web_sys::Element) {
    let (Some(share), Some(button)) = (select(&root, ".share"), select(&root, "[data-share]"))
    else {
        return;
    };
    listen(&button, "click", move |_| {
        let url = share.get_attribute("data-url").unwrap_or_default();
        let title = share.get_attribute("data-title").unwrap_or_default();
        if dom::web_share(&title, &url) {
            return;
        }
        let status = select(&share, ".share__status");
        spawn_local(async move {
            let ok = dom::copy_text(&url).await;
            if let Some(status) = status {
                status.set_text_content(Some(&strings::link_copied(ok, &url)));
            }
        });
    });
}
