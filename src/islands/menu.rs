//! The header's menu button (phones): opens and closes the navigation; Escape closes it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::dom::{listen, select};

/// Wraps the site header's `<nav>`.
#[island]
pub fn MenuBehaviour(children: Children) -> impl IntoView {
    super::behaviour(children, attach)
}

const OPEN: &str = "site-nav--open";

fn attach(root: web_sys::Element) {
    let (Some(nav), Some(button)) = (select(&root, "nav"), select(&root, ".site-nav__menu")) else {
        return;
    };
    let set_open = move |nav: &web_sys::Element, button: &web_sys::Element, open: bool| {
        let _ = nav.class_list().toggle_with_force(OPEN, open);
        let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    };
    {
        let (nav, button) = (nav.clone(), button.clone());
        listen(&button.clone(), "click", move |_| {
            set_open(&nav, &button, !nav.class_list().contains(OPEN));
        });
    }
    listen(&window(), "keydown", move |ev| {
        let escape = ev
            .dyn_ref::<web_sys::KeyboardEvent>()
            .is_some_and(|k| k.key() == "Escape");
        if escape && nav.class_list().contains(OPEN) && !ev.default_prevented() {
            ev.prevent_default();
            set_open(&nav, &button, false);
        }
    });
}
