//! The page's behaviours: Leptos islands over the prerendered HTML. Each island's own view is one element
//! with no text around its static children (the build's HTML, which hydration never
//! walks), so neither the browser's translation nor an extension can break it; its
//! behaviour is plain DOM work on those children (attributes, classes, focus, history),
//! attached once. No island has props: what it needs is in the page.

pub mod embed_bar;
mod embed_dialog;
mod items;
mod map;
mod menu;
pub mod share;
pub mod url;

pub use embed_bar::EmbedBarBehaviour;
pub use embed_dialog::EmbedBehaviour;
pub use items::ItemsBehaviour;
pub use map::MapBehaviour;
pub use menu::MenuBehaviour;
pub use share::ShareBehaviour;

use leptos::prelude::*;

/// An island's whole view: its children in a `<div class="behaviour">` (no box of its
/// own: `display: contents`), and `attach` run on that element as it is hydrated.
/// One function for every island, so the wasm has one copy of it. A directive, not a
/// `NodeRef::on_load`, which runs through an effect and so brings the effect machinery
/// into the wasm.
fn behaviour(children: Children, attach: fn(web_sys::Element)) -> impl IntoView {
    view! { <div class="behaviour" use:attach>{children()}</div> }
}
