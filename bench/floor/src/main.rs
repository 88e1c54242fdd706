//! One island that wraps its children and marks its element when it is hydrated: the
//! least a Leptos islands build with a behaviour ships.

use leptos::prelude::*;

#[island]
fn Behaviour(children: Children) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    node.on_load(|el| {
        let _ = el.set_attribute("data-ready", "");
    });
    view! { <div node_ref=node>{children()}</div> }
}

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
