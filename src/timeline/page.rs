use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::logic::{chronological, date_label};
use crate::data::{use_site_data, TimelineFile};
use crate::routes::{self, href};
use crate::text::plural;
use crate::ui::data_view::data_view;
use crate::ui::not_found::NotFound;

/// `/timeline` and `/timeline/:slug`.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let data = use_site_data();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug"));
    view! {
        <Title text="#BACKTRACK: the timeline"/>
        <h1 class="page-title">"#BACKTRACK: a decade of WeGO"</h1>
        {data_view(data.timeline, "the timeline", move |file: Arc<TimelineFile>| {
            view! { <TimelineView file slug/> }.into_any()
        })}
    }
}

#[component]
fn TimelineView(file: Arc<TimelineFile>, slug: Memo<Option<String>>) -> impl IntoView {
    let events = chronological(&file.events);
    let count = events.len();
    let unknown = {
        let file = file.clone();
        move || {
            slug.get().filter(|s| !file.events.iter().any(|e| e.id == s.as_str())).map(|s| view! {
                <NotFound message=format!("There is no event \"{s}\" in the timeline.") back=(routes::TIMELINE.to_owned(), "Back to the timeline")/>
            })
        }
    };
    view! {
        {unknown}
        <p data-testid="event-count">{plural(count, "event", "events")}</p>
        <ol class="timeline-list">
            {events.into_iter().map(|e| {
                let id = e.id.to_string();
                view! {
                    <li data-testid="event" data-id=id.clone()>
                        <time datetime=e.date.map(|d| d.iso())>{date_label(&e)}</time>" "
                        <a href=href(&routes::timeline_event(&id))>{e.title.clone()}</a>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}
