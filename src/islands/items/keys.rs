//! A section's keys (`wego10_core::item_nav::key_action`): stepping, the first and the
//! last item, Escape; an open dialog keeps Tab inside; a swipe on the dialog steps.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;
use wego10_core::item_nav::{key_action, swipe_step, KeyAction, Press};

use super::Items;
use crate::dom::{self, listen};

impl Items {
    pub(super) fn key(&self, ev: &web_sys::KeyboardEvent) {
        if ev.default_prevented() {
            return;
        }
        let open = self.shown.borrow().is_some();
        // An open dialog takes every key and keeps Tab inside; otherwise the section's
        // keys apply while focus is in it (or on nothing).
        if self.modal && open {
            if ev.key() == "Tab" {
                if let Some(dialog) = &self.parts.shell {
                    dom::trap_tab(ev, dialog);
                }
                return;
            }
        } else {
            let active = document().active_element();
            let body = document().body().map(Element::from);
            let here = match &active {
                None => true,
                Some(a) => self.parts.scope.contains(Some(a)) || body.as_ref() == Some(a),
            };
            if !here {
                return;
            }
        }
        let press = Press {
            key: &ev.key(),
            modified: ev.alt_key() || ev.ctrl_key() || ev.meta_key(),
            from_text_field: dom::from_text_field(ev),
        };
        match key_action(self.keymap, press, open) {
            Some(KeyAction::Step(d)) => self.step(d),
            Some(KeyAction::First) => self.open_some(self.shown_ids().first().cloned()),
            Some(KeyAction::Last) => self.open_some(self.shown_ids().last().cloned()),
            Some(KeyAction::Close) => self.close(),
            None => return,
        }
        ev.prevent_default();
    }

    pub(super) fn open_some(&self, id: Option<String>) {
        if let Some(id) = id {
            self.open(id);
        }
    }
}

/// A horizontal swipe on the dialog steps (`item_nav::swipe_step`).
pub(super) fn swipe(items: &Rc<Items>, dialog: &Element) {
    let start = Rc::new(Cell::new(None::<(i32, i32)>));
    let down = start.clone();
    listen(dialog, "pointerdown", move |ev| {
        if let Some(ev) = ev.dyn_ref::<web_sys::PointerEvent>() {
            down.set(Some((ev.client_x(), ev.client_y())));
        }
    });
    let items = items.clone();
    listen(dialog, "pointerup", move |ev| {
        let (Some(ev), Some((x, y))) = (ev.dyn_ref::<web_sys::PointerEvent>(), start.take()) else {
            return;
        };
        if let Some(delta) = swipe_step(ev.client_x() - x, ev.client_y() - y) {
            items.step(delta);
        }
    });
}
