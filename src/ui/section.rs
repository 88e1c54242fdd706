use std::sync::Arc;

use leptos::prelude::*;

use super::data_view::data_view;
use super::loading::Loading;
use super::page_actions::PageActions;
use crate::data::read::FromJson;
use crate::data::{use_site_data, Slot};
use wego10_core::data::validate::DataFile;

pub use wego10_core::sections::{Section, AWARDS, MEMBERS, OFFICES, PARTNERS, TEAM, TIMELINE};

/// A section page: its heading, share and embed actions, and its data file rendered by
/// `render` (with the loading skeleton, or the error panel with Retry).
pub fn section_page<T: DataFile + FromJson + Send + Sync + 'static>(
    section: &'static Section,
    slot: Slot<T>,
    render: impl Fn(Arc<T>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let Section {
        hashtag,
        heading,
        path,
        id,
        title,
        what,
        derived,
        ..
    } = *section;
    let data = use_site_data();
    let render = Arc::new(render);
    let content = move |file: Arc<T>| -> AnyView {
        if !derived {
            return render(file);
        }
        let render = render.clone();
        (move || match data.story_settled() {
            true => render(file.clone()),
            false => view! { <Loading what/> }.into_any(),
        })
        .into_any()
    };
    view! {
        {hashtag.map(|h| view! { <p class="page-kicker">{format!("#{h}")}</p> })}
        <h1 class="page-title">{heading}</h1>
        <PageActions path section=id title hashtag/>
        {data_view(slot, what, content)}
    }
}
