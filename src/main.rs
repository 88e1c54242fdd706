fn main() {
    console_error_panic_hook::set_once();
    // The static page's description is for crawlers; from here on the app's pages
    // and items set it (leptos_meta adds its own tag), so there is only ever one.
    wego10::dom::remove_all("head meta[name=\"description\"]");
    wego10::routes::apply_embed_item_param();
    leptos::mount::mount_to_body(wego10::App);
}
