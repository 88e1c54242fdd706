//! Small browser helpers for the page's behaviours (`islands`).

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

/// Runs `f` once the browser has painted the next frame: for work the visitor need not
/// wait for (scrolling a list entry into view, moving focus), so a click's own update
/// reaches the screen first and the layout they need is already done.
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// Scrolls `el` into view: smoothly, unless reduced motion is preferred.
pub fn scroll_element_into_view(el: &web_sys::Element) {
    {
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

/// Copies `text` to the clipboard, then calls `done` with whether it worked.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    use wasm_bindgen::closure::Closure;
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let settle = |ok: bool| {
        let done = done.clone();
        Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_| {
            if let Some(done) = done.take() {
                done(ok);
            }
        })
    };
    let (resolved, rejected) = (settle(true), settle(false));
    let _ = window()
        .navigator()
        .clipboard()
        .write_text(text)
        .then2(&resolved, &rejected);
    // One of them runs once, after this returns; a copy is a click, so they are left.
    resolved.forget();
    rejected.forget();
}

/// Moves focus to `el`; when it has it already, takes it away first, so a screen
/// reader announces its new content (a detail view updated in place).
pub fn refocus(el: &web_sys::HtmlElement) {
    if document()
        .active_element()
        .is_some_and(|a| a.is_same_node(Some(el)))
    {
        let _ = el.blur();
    }
    let _ = el.focus();
}

/// Keeps Tab and Shift+Tab inside `container` (a modal dialog).
pub fn trap_tab(ev: &web_sys::KeyboardEvent, container: &web_sys::Element) {
    let Ok(nodes) = container.query_selector_all(
        "a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex='-1'])",
    ) else {
        return;
    };
    // Only those shown: an islands page's dialog holds every item's detail, all but
    // one hidden.
    let shown: Vec<web_sys::Element> = (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter(|el| el.get_client_rects().length() > 0)
        .collect();
    let (Some(first), Some(last)) = (shown.first(), shown.last()) else {
        return;
    };
    let (first, last) = (
        Some(web_sys::Node::from(first.clone())),
        Some(web_sys::Node::from(last.clone())),
    );
    let active = document().active_element().map(JsValue::from);
    let at = |n: &Option<web_sys::Node>| n.as_ref().map(JsValue::from) == active;
    // Focus on an element just hidden (the detail stepped from) counts as outside: the
    // browser would go on from its place in the page.
    let inside = active
        .as_ref()
        .and_then(|a| a.dyn_ref::<web_sys::Element>().cloned())
        .is_some_and(|a| container.contains(Some(&a)) && a.get_client_rects().length() > 0);
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

/// The islands build has stopped (a panic): `<html data-app=stopped>`, on which
/// public/no-app.js turns the page into its no-JavaScript form.
pub fn mark_stopped() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-app", "stopped");
    }
}

/// Calls `f` on every `name` event at `target`, for the page's lifetime (a behaviour's
/// listener: the page is never torn down, so the closure is never freed).
pub fn listen(target: &web_sys::EventTarget, name: &str, f: impl FnMut(web_sys::Event) + 'static) {
    let f = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(f);
    let _ = target.add_event_listener_with_callback(name, f.as_ref().unchecked_ref());
    f.forget();
}

/// The first element under `root` (or `root` itself) that matches `selector`.
pub fn select(root: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    if root.matches(selector).unwrap_or(false) {
        return Some(root.clone());
    }
    root.query_selector(selector).ok().flatten()
}

/// The elements under `root` that match `selector`, in document order.
pub fn elements(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

/// Sets or removes `hidden`, touching the element only when it changes.
pub fn set_hidden(el: &web_sys::Element, hidden: bool) {
    if el.has_attribute("hidden") != hidden {
        let _ = el.toggle_attribute_with_force("hidden", hidden);
    }
}

/// Sets an element's text, touching it only when it changes.
pub fn set_text(el: &web_sys::Element, text: &str) {
    if el.text_content().as_deref() != Some(text) {
        el.set_text_content(Some(text));
    }
}

/// Sets an attribute, touching the element only when it changes.
pub fn set_attr(el: &web_sys::Element, name: &str, value: &str) {
    if el.get_attribute(name).as_deref() != Some(value) {
        let _ = el.set_attribute(name, value);
    }
}

/// Sets an element's text unless it already says it with the same numbers: the browser's
/// translation may have rewritten its words, which are left as they are.
pub fn set_text_keeping_translation(el: &web_sys::Element, text: &str) {
    let digits = |t: &str| t.chars().filter(char::is_ascii_digit).collect::<String>();
    if digits(&el.text_content().unwrap_or_default()) != digits(text) {
        el.set_text_content(Some(text));
    }
}

/// True when the key event comes from a text field (where arrows move the caret).
pub fn from_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}
