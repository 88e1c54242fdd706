//! The app's one keyboard layer: a single window listener and a stack of layers
//! (sections, dialogs). A key goes to the topmost open modal, else to the topmost layer
//! that holds the focus (see `wego10_core::item_nav::pick_layer`). Escape thus closes
//! what is on top, and nothing underneath hears it.

use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wego10_core::item_nav::{pick_layer, LayerState};

type Element = Rc<dyn Fn() -> Option<web_sys::Element>>;
type Handler = Rc<dyn Fn(&web_sys::KeyboardEvent) -> bool>;

struct Layer {
    id: u64,
    /// The layer's element: focus inside it sends keys here.
    element: Element,
    /// True while the layer is an open modal (it then takes every key).
    modal_open: Rc<dyn Fn() -> bool>,
    /// Handles a key; true when it did (the browser's default is then prevented).
    on_key: Handler,
}

#[derive(Clone, Copy)]
struct KeyLayers {
    layers: StoredValue<Vec<Layer>, LocalStorage>,
    next: StoredValue<u64, LocalStorage>,
}

/// Installs the one window listener (once, in `App`).
pub fn provide_key_layers() {
    let keys = KeyLayers {
        layers: StoredValue::new_local(Vec::new()),
        next: StoredValue::new_local(0),
    };
    provide_context(keys);
    let listener = window_event_listener(leptos::ev::keydown, move |ev| dispatch(keys, &ev));
    on_cleanup(move || listener.remove());
}

fn dispatch(keys: KeyLayers, ev: &web_sys::KeyboardEvent) {
    if ev.default_prevented() {
        return;
    }
    let doc = document();
    let active = doc.active_element();
    let on_body = match (&active, doc.body()) {
        (None, _) => true,
        (Some(a), Some(b)) => a.is_same_node(Some(&b)),
        _ => false,
    };
    // Pick under a shared borrow, call after: a handler may close the layer it runs in.
    let handler = keys.layers.with_value(|layers| {
        let states: Vec<LayerState> = layers
            .iter()
            .map(|l| LayerState {
                modal_open: (l.modal_open)(),
                has_focus: match (&active, (l.element)()) {
                    (Some(a), Some(el)) => el.contains(Some(a)),
                    _ => false,
                },
            })
            .collect();
        pick_layer(&states, on_body).map(|i| layers[i].on_key.clone())
    });
    if let Some(handler) = handler {
        if handler(ev) {
            ev.prevent_default();
        }
    }
}

/// Adds a layer for the life of the calling component.
pub fn use_key_layer(
    element: impl Fn() -> Option<web_sys::Element> + 'static,
    modal_open: impl Fn() -> bool + 'static,
    on_key: impl Fn(&web_sys::KeyboardEvent) -> bool + 'static,
) {
    let Some(keys) = use_context::<KeyLayers>() else {
        return;
    };
    let id = keys.next.with_value(|n| *n);
    keys.next.set_value(id + 1);
    keys.layers.update_value(|layers| {
        layers.push(Layer {
            id,
            element: Rc::new(element),
            modal_open: Rc::new(modal_open),
            on_key: Rc::new(on_key),
        })
    });
    on_cleanup(move || {
        keys.layers
            .try_update_value(|layers| layers.retain(|l| l.id != id));
    });
}

/// True when the key event comes from a text field (where arrows move the caret).
pub fn from_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}
