//! Where focus goes: into an opened item's heading (its entry scrolled into view), back
//! to a closed item's link.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::Items;
use crate::dom::{self, select};

impl Items {
    /// Shows `item` (the filters are as they were: `show_item`; after Back or Forward,
    /// which may also change them: `show`), then moves focus: into the opened item's
    /// heading (its entry scrolled into view), or back to the closed item's link.
    pub(super) fn show_and_focus(&self, item: Option<String>, filters_changed: bool) {
        let before = self.shown.borrow().clone();
        if filters_changed {
            self.show(item.as_deref());
        } else {
            self.show_item(item.as_deref());
        }
        let link = |id: &str| self.parts.link(id);
        match (&item, before) {
            (Some(id), _) => {
                // Behind a dialog the list stays where it is.
                let entry = link(id)
                    .filter(|_| !self.modal)
                    .map(|l| l.closest("li").ok().flatten().unwrap_or(l));
                let title = self.title();
                dom::after_paint(move || {
                    if let Some(entry) = entry {
                        dom::scroll_element_into_view(&entry);
                    }
                    if let Some(title) = title {
                        dom::refocus(&title);
                    }
                });
            }
            (None, Some(previous)) => {
                if let Some(link) = link(&previous).and_then(|l| l.dyn_into::<HtmlElement>().ok()) {
                    dom::after_paint(move || {
                        let _ = link.focus();
                    });
                }
            }
            (None, None) => {}
        }
    }

    /// The open item's heading.
    pub(super) fn title(&self) -> Option<HtmlElement> {
        select(self.open_detail.borrow().as_ref()?, ":scope > h2")?
            .dyn_into()
            .ok()
    }
}
