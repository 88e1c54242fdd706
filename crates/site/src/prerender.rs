//! The app's own components rendered to HTML natively (Leptos with `ssr` and
//! `islands`), one page at a time: the content of every page is in its static HTML, and
//! the islands build gives its behaviours to the islands in it.

use std::sync::Arc;

use futures::StreamExt;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
pub use wego10::data::SiteData as Files;
use wego10::routes::{self, Env};

/// Starts the executor Leptos' rendering runs on (once per process).
pub fn init() {
    let _ = any_spawner::Executor::init_futures_executor();
}

/// The content of `<body>` for the page at `url_path` (with the deploy's base path,
/// "/wego10/timeline/x"), served as `env` says: what the app renders there.
pub fn render_body(url_path: &str, env: Env, files: &Files) -> String {
    routes::set_env(env);
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(RequestUrl::new(url_path));
        let data = files.clone();
        let stream = view! { <wego10::App data/> }.to_html_stream_in_order();
        futures::executor::block_on(stream.collect::<Vec<String>>()).concat()
    });
    drop(owner);
    html
}
