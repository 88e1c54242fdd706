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

/// Runs `f` once the browser has painted the next frame: for work the visitor need not
/// wait for (scrolling a list entry into view, moving focus), so a click's own update
/// reaches the screen first and the layout they need is already done.
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// Runs `f` when the browser is idle (at the latest after half a second), or after the
/// next paint where it has no `requestIdleCallback` (Safari): for work nobody on the page
/// waits for, such as the document's title, so it never delays a frame or a focus move.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let win = window();
    let idle = js_sys::Reflect::get(&win, &JsValue::from_str("requestIdleCallback"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match idle {
        Some(request) => {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeout".into(), &500.into());
            let callback = wasm_bindgen::closure::Closure::once_into_js(f);
            let _ = request.call2(&win, &callback, &options);
        }
        None => after_paint(f),
    }
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

/// How far the page is scrolled down, in CSS pixels.
pub fn scroll_y() -> f64 {
    window().scroll_y().unwrap_or(0.0)
}

/// Scrolls the page to `y` at once (the place a visitor was reading, kept while the app
/// renders the page afresh).
pub fn scroll_to_y(y: f64) {
    window().scroll_to_with_x_and_y(window().scroll_x().unwrap_or(0.0), y);
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

/// A plain left click: the app handles it. Modified clicks (new tab, new window)
/// are left to the browser.
pub fn is_plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

/// Pushes a history entry for `url` (path and query, with the deploy's base path) unless
/// the address bar already shows its path.
pub fn ensure_history_entry(url: &str) {
    let path = url.split('?').next().unwrap_or(url);
    if window().location().pathname().ok().as_deref() == Some(path) {
        return;
    }
    if let Ok(h) = window().history() {
        let _ = h.push_state_with_url(&JsValue::NULL, "", Some(url));
    }
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
#[cfg(feature = "hydrate")]
pub fn boot_block() -> Option<wego10_core::boot::Boot> {
    let text = document()
        .get_element_by_id(wego10_core::boot::ELEMENT_ID)?
        .text_content()?;
    crate::data::read::read_value(&text)
}

/// The page's URL path and query ("?…" or "").
pub fn location_path_and_query() -> (String, String) {
    let location = window().location();
    (
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
    )
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
