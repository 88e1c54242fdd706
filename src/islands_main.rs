//! Boots the islands build in the browser: the root owner every island hydrates under.
//! public/islands.js then finds the page's islands and calls each one's hydrate function.

// Links the library, whose `#[island]`s are the wasm's exports (without a use, rustc
// would not link it and the wasm would export no island).
use wego10 as _;

fn main() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(
            &format!("WeGO 10: the page's behaviours stopped: {info}").into(),
        );
        wego10::dom::mark_stopped();
    }));
    // Before any behaviour reads the address.
    wego10::islands::url::apply_embed_item_param();
    leptos::mount::hydrate_islands();
}
