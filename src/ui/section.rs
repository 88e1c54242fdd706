use std::sync::Arc;

use leptos::prelude::*;

use super::page_actions::PageActions;

pub use wego10_core::sections::{Section, AWARDS, MEMBERS, OFFICES, PARTNERS, TEAM, TIMELINE};

/// A section page: its heading, share and embed actions, and its data file rendered by
/// `render`.
pub fn section_page<T: Send + Sync + 'static>(
    section: &'static Section,
    file: Arc<T>,
    render: impl Fn(Arc<T>) -> AnyView,
) -> impl IntoView {
    let Section {
        hashtag,
        heading,
        path,
        id,
        title,
        ..
    } = *section;
    view! {
        {hashtag.map(|h| view! { <p class="page-kicker">{format!("#{h}")}</p> })}
        <h1 class="page-title">{heading}</h1>
        <PageActions path section=id title hashtag/>
        {render(file)}
    }
}
