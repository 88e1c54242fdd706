//! Boots the app in the browser. On a page the site build rendered, it takes the page's
//! root over in place (hydration) once the data files have arrived, if they are the ones
//! the page was rendered from, the URL is the page's own and nobody has changed the
//! root's nodes since (the browser's translation, an extension); otherwise it renders the
//! root afresh (a filtered URL, 404.html, `trunk serve`, a changed page).

use any_spawner::Executor;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wego10::data::SiteData;
use wego10::routes::{self, Env};
use wego10::{dom, takeover};

fn main() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        takeover::stopped();
    }));
    let _ = Executor::init_wasm_bindgen();
    let boot = dom::boot_block();
    let year = boot
        .as_ref()
        .map_or_else(|| js_sys::Date::new_0().get_full_year() as u16, |b| b.year);
    routes::set_env(Env::from_page(year));
    routes::apply_embed_item_param();
    routes::set_env(Env::from_page(year));
    if let Some(embed) = routes::embed() {
        dom::add_root_classes(&embed.html_classes());
    }
    let data = SiteData::loading();
    let root = takeover::root();
    let (path, query) = dom::location_path_and_query();
    match boot.filter(|b| b.is_for(&path, &query)) {
        Some(boot) => spawn_local(async move {
            let fetched = data.fetch_all().await;
            if !boot.same_data(&fetched) {
                render_afresh(root, data);
            } else if let Some(change) = takeover::changed_since_build(&root, &boot.nodes) {
                // Expected, not an error: the page stays readable and works.
                let by = if takeover::is_translated() {
                    "the browser's translation"
                } else {
                    "a script or an extension"
                };
                leptos::logging::warn!(
                    "WeGO 10: {path} was changed by {by} before the app took it over \
                     (first change: {change}); the app renders it afresh."
                );
                render_afresh(root, data);
            } else {
                leptos::mount::hydrate_from(root, move || view! { <wego10::App data/> }).forget();
            }
            takeover::started();
        }),
        None => {
            render_afresh(root, data);
            takeover::started();
            spawn_local(async move {
                data.fetch_all().await;
            });
        }
    }
}

/// Replaces whatever the app's root holds with the app, where the visitor was reading.
fn render_afresh(root: web_sys::HtmlElement, data: SiteData) {
    let scroll = dom::scroll_y();
    takeover::clear(&root);
    leptos::mount::mount_to(root, move || view! { <wego10::App data/> }).forget();
    dom::scroll_to_y(scroll);
}
