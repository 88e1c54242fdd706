//! The iframe side of the embed protocol (the other side is public/embed.js):
//! - `wego10:ready` → host: the app runs; embed.js answers with `wego10:host`;
//! - `wego10:height` → host: the content's height, posted only when it changes;
//! - `wego10:navigate` → host: the open item, which embed.js mirrors into its URL;
//! - `wego10:host` ← host: the host page's URL, so shares point at the host page;
//! - `wego10:viewport` ← host: the part of the iframe the host page shows.
//!
//! Messages are heard only from the parent window at the origin embed.js declared.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{EmbedOptions, HostPage};

fn message(kind: &str, key: &str, value: JsValue) -> JsValue {
    let m = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&m, &"type".into(), &kind.into());
    if !key.is_empty() {
        let _ = js_sys::Reflect::set(&m, &key.into(), &value);
    }
    m.into()
}

fn post(options: &EmbedOptions, msg: JsValue) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return; // opened on its own, not in an iframe
    }
    let target = options.host_origin.as_deref().unwrap_or("*");
    let _ = parent.post_message(&msg, target);
}

/// Where the host page shows this iframe: the dialogs and sheets of an embed open
/// in that band (style/embed.css), not in the middle of a tall iframe.
fn set_viewport(top: f64, height: f64) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    // Whole pixels.
    let px = |v: f64| format!("{}px", v.round() as i64);
    let _ = style.set_property("--embed-top", &px(top));
    let _ = style.set_property("--embed-vh", &px(height));
}

/// Tells the host which item is open ("" for none).
pub fn post_item(options: &EmbedOptions, item: &str) {
    post(options, message("wego10:navigate", "item", item.into()));
}

/// Starts the protocol: height reports, the ready handshake and the host listener
/// (`on_host`: the host page has said where it is).
pub fn start(options: EmbedOptions, on_host: impl Fn(HostPage) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };

    let last = Cell::new(0i32);
    let measured = body.clone();
    let resize_options = options.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil() as i32;
        if height > 0 && height != last.get() {
            last.set(height);
            post(
                &resize_options,
                message("wego10:height", "height", height.into()),
            );
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&body);
        std::mem::forget(observer);
    }
    on_resize.forget();

    let ready_options = options.clone();
    let parent = window.parent().ok().flatten();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let Some(origin) = options.host_origin.as_deref() else {
                return;
            };
            let from_parent = match (ev.source(), &parent) {
                (Some(source), Some(parent)) => {
                    source.unchecked_ref::<js_sys::Object>()
                        == parent.unchecked_ref::<js_sys::Object>()
                }
                _ => false,
            };
            if ev.origin() != origin || !from_parent {
                return;
            }
            let data = ev.data();
            let field = |k: &str| js_sys::Reflect::get(&data, &k.into()).ok();
            let text = |k: &str| field(k).and_then(|v| v.as_string());
            let number = |k: &str| {
                field(k)
                    .and_then(|v| v.as_f64())
                    .filter(|n| n.is_finite() && *n >= 0.0)
            };
            match text("type").as_deref() {
                Some("wego10:host") => {
                    if let (Some(url), Some(param)) = (text("url"), text("param")) {
                        // The host page must be at the declared origin.
                        if url.starts_with(&format!("{origin}/")) {
                            on_host(HostPage { url, param });
                        }
                    }
                }
                Some("wego10:viewport") => {
                    if let (Some(top), Some(height)) = (number("top"), number("height")) {
                        set_viewport(top, height);
                    }
                }
                _ => {}
            }
        });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();

    post(
        &ready_options,
        message("wego10:ready", "", JsValue::UNDEFINED),
    );
}
