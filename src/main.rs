//! Boots the app in the browser. On a page the site build rendered, it takes the page
//! over in place (hydration) once the data files have arrived, if they are the ones the
//! page was rendered from and the URL is the page's own; anywhere else (a filtered URL,
//! 404.html, `trunk serve`) it renders afresh.

use any_spawner::Executor;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wego10::data::SiteData;
use wego10::dom;
use wego10::routes::{self, Env};

fn main() {
    console_error_panic_hook::set_once();
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
    let (path, query) = dom::location_path_and_query();
    match boot.filter(|b| b.is_for(&path, &query)) {
        Some(boot) => spawn_local(async move {
            let fetched = data.fetch_all().await;
            if boot.same_data(&fetched) {
                leptos::mount::hydrate_body(move || view! { <wego10::App data/> });
            } else {
                render_afresh(data);
            }
            dom::app_started();
        }),
        None => {
            render_afresh(data);
            dom::app_started();
            spawn_local(async move {
                data.fetch_all().await;
            });
        }
    }
}

/// Replaces whatever the page holds with the app.
fn render_afresh(data: SiteData) {
    dom::clear_body();
    leptos::mount::mount_to_body(move || view! { <wego10::App data/> });
}
