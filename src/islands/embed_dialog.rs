//! The "Embed" button's modal dialog over the page's HTML: its options write the two
//! snippets (`wego10_core::embed::snippets`), its buttons copy them.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, HtmlDialogElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement,
};
use wego10_core::embed::{snippets, SnippetOptions, Theme};
use wego10_core::strings;

use crate::dom::{self, listen, select};
use crate::islands::url;

/// Wraps the Embed button and its `<dialog>` (see `ui::embed_dialog`).
#[island]
pub fn EmbedBehaviour(children: Children) -> impl IntoView {
    super::behaviour(children, attach)
}

fn attach(root: Element) {
    let (Some(dialog), Some(open)) = (select(&root, "dialog"), select(&root, ".embed-open")) else {
        return;
    };
    let Ok(dialog) = dialog.dyn_into::<HtmlDialogElement>() else {
        return;
    };
    {
        let dialog = dialog.clone();
        listen(&open, "click", move |_| {
            set_status(&dialog, "");
            let item = open_item(&dialog);
            if let Some(option) = select(&dialog, "[data-item-option]") {
                let _ = option.toggle_attribute_with_force("hidden", item.is_empty());
                if let Some(name) = select(&option, "[data-item-name]") {
                    name.set_text_content(Some(&item));
                }
            }
            write_snippets(&dialog);
            let _ = dialog.show_modal();
        });
    }
    {
        let d = dialog.clone();
        listen(&dialog, "change", move |_| write_snippets(&d));
    }
    let d = dialog.clone();
    listen(&dialog, "click", move |ev| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if target
            .closest(".embed-dialog__close")
            .ok()
            .flatten()
            .is_some()
        {
            d.close();
        } else if let Some(copy) = target.closest("[data-copy]").ok().flatten() {
            let kind = copy.get_attribute("data-copy").unwrap_or_default();
            let text = textarea(&d, &kind).map(|t| t.value()).unwrap_or_default();
            let d = d.clone();
            dom::copy_text(&text, move |ok| {
                set_status(&d, &strings::snippet_copied(ok, &kind))
            });
        }
    });
}

/// The item open in the page, from its URL: "seoul", "4th/jeju", or "".
fn open_item(dialog: &Element) -> String {
    let section = dialog.get_attribute("data-path").unwrap_or_default();
    url::item_under(&section).unwrap_or_default()
}

fn checked(dialog: &Element, testid: &str) -> bool {
    select(dialog, &format!("[data-testid={testid}]"))
        .and_then(|i| i.dyn_into::<HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
}

fn textarea(dialog: &Element, kind: &str) -> Option<HtmlTextAreaElement> {
    select(dialog, &format!("#embed-{kind}"))?.dyn_into().ok()
}

fn write_snippets(dialog: &Element) {
    let attr = |name: &str| dialog.get_attribute(name).unwrap_or_default();
    let with_item = select(dialog, "[data-item-option]")
        .is_some_and(|o| !o.has_attribute("hidden"))
        && checked(dialog, "embed-with-item");
    let theme = select(dialog, "[data-testid=embed-theme]")
        .and_then(|s| s.dyn_into::<HtmlSelectElement>().ok())
        .map_or(Theme::Auto, |s| Theme::parse(&s.value()));
    let options = SnippetOptions {
        item: if with_item {
            open_item(dialog)
        } else {
            String::new()
        },
        compact: checked(dialog, "embed-compact"),
        transparent: checked(dialog, "embed-transparent"),
        theme,
    };
    let (script, iframe) = snippets(
        &attr("data-site"),
        &attr("data-section"),
        &attr("data-title"),
        &options,
    );
    for (kind, text) in [("script", script), ("iframe", iframe)] {
        if let Some(area) = textarea(dialog, kind) {
            area.set_value(&text);
        }
    }
}

fn set_status(dialog: &Element, text: &str) {
    if let Some(status) = select(dialog, "[data-testid=embed-status]") {
        status.set_text_content(Some(text));
    }
}
