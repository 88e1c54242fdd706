//! One island that wraps its children and marks its element when it is hydrated: the
//! least a Leptos islands build with a behaviour ships.

use leptos::prelude::*;

#[island]
fn Behaviour(children: Children) -> impl IntoView {
    let attach = |el: web_sys::Element| {
        let _ = el.set_attribute("data-ready", "");
    };
    view! { <div use:attach>{children()}</div> }
}

fn main() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("{info}").into());
    }));
    leptos::mount::hydrate_islands();
}
