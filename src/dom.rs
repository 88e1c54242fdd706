//! Small browser helpers used by the components (effects and event handlers only).

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

/// Milliseconds since the page started (for animations).
pub fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// True when the visitor asked the system for less motion.
pub fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Scrolls the element with `id` into view: smoothly, unless reduced motion is preferred.
pub fn scroll_into_view(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        let opts = ScrollIntoViewOptions::new();
        opts.set_behavior(if prefers_reduced_motion() {
            ScrollBehavior::Instant
        } else {
            ScrollBehavior::Smooth
        });
        opts.set_block(ScrollLogicalPosition::Nearest);
        opts.set_inline(ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// Removes every element that matches `selector`.
pub fn remove_all(selector: &str) {
    if let Ok(list) = document().query_selector_all(selector) {
        for i in 0..list.length() {
            if let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                el.remove();
            }
        }
    }
}

/// Moves keyboard focus to the element with `id` (it needs a tabindex if not focusable).
pub fn focus(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// True when the key event comes from a text field (where arrows move the caret).
pub fn from_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

/// A plain left click: the app handles it. Modified clicks (new tab, new window)
/// are left to the browser.
pub fn is_plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

/// Goes back one history entry.
pub fn history_back() {
    if let Ok(h) = window().history() {
        let _ = h.back();
    }
}

/// Opens the system share sheet when the browser has the Web Share API.
/// Returns false when it has none.
pub fn web_share(title: &str, url: &str) -> bool {
    let navigator = window().navigator();
    let share =
        js_sys::Reflect::get(&navigator, &JsValue::from_str("share")).unwrap_or(JsValue::UNDEFINED);
    let Some(share) = share.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    share.call1(&navigator, &data).is_ok()
}

/// Copies `text` to the clipboard; resolves to whether it worked.
pub async fn copy_text(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Keeps Tab and Shift+Tab inside the element with `id` (a modal dialog).
pub fn trap_tab(ev: &web_sys::KeyboardEvent, id: &str) {
    let Some(container) = document().get_element_by_id(id) else {
        return;
    };
    let Ok(nodes) = container.query_selector_all(
        "a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex='-1'])",
    ) else {
        return;
    };
    let len = nodes.length();
    if len == 0 {
        return;
    }
    let first = nodes.item(0);
    let last = nodes.item(len - 1);
    let active = document().active_element().map(JsValue::from);
    let at = |n: &Option<web_sys::Node>| n.as_ref().map(JsValue::from) == active;
    let inside = active
        .as_ref()
        .and_then(|a| a.dyn_ref::<web_sys::Node>().cloned())
        .is_some_and(|a| container.contains(Some(&a)));
    let target = if ev.shift_key() && (at(&first) || !inside) {
        last
    } else if !ev.shift_key() && (at(&last) || !inside) {
        first
    } else {
        return;
    };
    if let Some(el) = target.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
        ev.prevent_default();
        let _ = el.focus();
    }
}

/// Runs `f` once the element with `id` is in the document: content inside a
/// `Suspense` is inserted a few frames after its effects first run.
pub fn when_present(id: String, f: impl FnOnce() + 'static) {
    fn attempt(id: String, f: Box<dyn FnOnce()>, left: u32) {
        if left == 0 || document().get_element_by_id(&id).is_some() {
            f();
        } else {
            request_animation_frame(move || attempt(id, f, left - 1));
        }
    }
    request_animation_frame(move || attempt(id, Box::new(f), 60));
}

/// Sets `hidden` on the children of `parent` whose entry in `visible` is false, touching
/// only those that changed since `previous`.
pub fn set_hidden_where_changed(
    parent: &web_sys::Element,
    previous: Option<&[bool]>,
    visible: &[bool],
) {
    let children = parent.children();
    for (i, &show) in visible.iter().enumerate() {
        if previous.and_then(|p| p.get(i)) == Some(&show) {
            continue;
        }
        if let Some(child) = children.item(i as u32) {
            let _ = child.toggle_attribute_with_force("hidden", !show);
        }
    }
}

/// True when keyboard focus is inside the element with `id`, or on no element in
/// particular (the body), as after the focused element was re-rendered.
pub fn focus_within_or_body(id: &str) -> bool {
    let doc = document();
    match doc.active_element() {
        None => true,
        Some(active) => {
            doc.body()
                .is_some_and(|b| JsValue::from(b) == JsValue::from(active.clone()))
                || doc
                    .get_element_by_id(id)
                    .is_some_and(|c| c.contains(Some(&active)))
        }
    }
}

/// Sets the document's title and its one `<meta name="description">`.
pub fn set_page_identity(title: &str, description: &str) {
    let doc = document();
    if doc.title() != title {
        doc.set_title(title);
    }
    let meta = match doc
        .query_selector("meta[name=\"description\"]")
        .ok()
        .flatten()
    {
        Some(meta) => meta,
        None => {
            let Ok(meta) = doc.create_element("meta") else {
                return;
            };
            let _ = meta.set_attribute("name", "description");
            if let Some(head) = doc.head() {
                let _ = head.append_child(&meta);
            }
            meta
        }
    };
    if meta.get_attribute("content").as_deref() != Some(description) {
        let _ = meta.set_attribute("content", description);
    }
}

/// Adds classes to the document's `<html>`.
pub fn add_root_classes(classes: &[&str]) {
    if let Some(root) = document().document_element() {
        for class in classes {
            let _ = root.class_list().add_1(class);
        }
    }
}

/// The site build's boot block of this page, if it has one (see `wego10_core::boot`).
pub fn boot_block() -> Option<wego10_core::boot::Boot> {
    let text = document()
        .get_element_by_id(wego10_core::boot::ELEMENT_ID)?
        .text_content()?;
    wego10_core::boot::Boot::from_script_text(&text)
}

/// The page's URL path and query ("?…" or "").
pub fn location_path_and_query() -> (String, String) {
    let location = window().location();
    (
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
    )
}

/// Empties `<body>` (the prerendered page, when the app renders afresh).
pub fn clear_body() {
    if let Some(body) = document().body() {
        while let Some(child) = body.first_child() {
            let _ = body.remove_child(&child);
        }
    }
}

/// The app has taken the page over: the controls that need it show (style/base.css
/// hides them under `html.no-app`), and `html[data-app=ready]` tells tests and the bench.
pub fn app_started() {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().remove_1("no-app");
        let _ = root.set_attribute("data-app", "ready");
    }
}
