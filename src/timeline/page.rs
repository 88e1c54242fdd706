use std::sync::Arc;

use leptos::prelude::*;
use wego10_core::strings;

use super::event_card::EventCard;
use super::event_detail;
use super::logic::{self, chronological};
use super::year_axis::YearAxis;
use crate::data::{Event, TimelineFile};
use crate::routes;
use crate::ui::detail_shell::{page_identity, DetailShell, ShellItem};
use crate::ui::filter_bar::{ChipGroup, FilterBar, Search};
use crate::ui::item_route::use_item_route;
use crate::ui::not_found::{NotFound, SLUG};
use crate::ui::section;

/// How many matching events are shown before "Show more".
const PAGE: usize = 200;

/// The query keys of the timeline.
const KEYS: &[&str] = &["category", "q"];

/// `/timeline` and `/timeline/:slug`: every card, the year axis and "Show more" as
/// the build sees them (no filter), and every event's detail in one shell, the open one
/// shown. The URL is the state: the open event is the path, the filters are the query
/// (`?category=…&q=…`), so every view can be shared; `ItemsBehaviour` does the rest
/// from the page's attributes.
#[component]
pub fn Timeline(file: Arc<TimelineFile>) -> impl IntoView {
    let route = use_item_route("slug", |slug| routes::section_item(routes::TIMELINE, slug));
    let events: Vec<Event> = chronological(&file.events);
    let categories = logic::categories_in_use(&file);
    let total = events.len();
    let open = route
        .item()
        .and_then(|s| events.iter().position(|e| e.id == s.as_str()));
    let category = |e: &Event| {
        categories
            .iter()
            .position(|c| c.0 == e.category.as_str())
            .unwrap_or(0)
    };
    let label = |i: usize| categories.get(i).map(|c| c.1.clone()).unwrap_or_default();
    let all: Vec<&Event> = events.iter().collect();
    let years = logic::year_marks(&events, &all)
        .into_iter()
        .map(|(year, first)| (year, first.is_some()))
        .collect();
    let selected_year = open.and_then(|i| events[i].date.map(|d| d.year));
    let items = events
        .iter()
        .map(|e| ShellItem {
            id: e.id.to_string(),
            name: e.title.clone(),
            path: routes::timeline_event(e.id.as_str()),
            class: format!("cat-{}", category(e) % 8 + 1),
            head: Some(event_detail::meta(e, &label(category(e))).into_any()),
            body: event_detail::body(e).into_any(),
        })
        .collect();
    let cards = events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            view! {
                <EventCard event=e.clone() category=category(e) category_label=label(category(e))
                    selected=open == Some(i)/>
            }
        })
        .collect_view();
    let counts = categories.iter().map(|(id, label, n)| (id, label, *n));
    let groups = vec![ChipGroup {
        all: (strings::timeline::ALL, Some(total)),
        ..ChipGroup::counted(
            "category",
            strings::timeline::FILTER_BY_CATEGORY,
            strings::timeline::ALL,
            counts,
        )
    }];
    let search = Search {
        section: section::TIMELINE.id,
        label: strings::timeline::SEARCH.0,
        placeholder: strings::timeline::SEARCH.1,
    };
    let rest = total.saturating_sub(PAGE);
    let (title, description) = page_identity(routes::TIMELINE);
    view! {
        <NotFound message=strings::timeline::missing(SLUG)
            back=section::TIMELINE.back() missing=true/>
        <crate::islands::ItemsBehaviour>
            <div data-items=routes::href(routes::TIMELINE) data-keys=KEYS.join(" ") data-noun="event|events"
                data-page-size=PAGE data-keymap="arrows-without-item home-end"
                data-page-title=title data-page-description=description>
                <FilterBar search groups noun=("event", "events") total/>
                <div id="timeline" class="timeline" data-testid="timeline" data-keys-scope>
                    <YearAxis years selected_year/>
                    // Every card: a filter only toggles `hidden`, so filtering 2,000
                    // events creates no DOM. The behaviour shows the first PAGE that
                    // match (and the open one), "Show more" the next; without it, all.
                    // A long timeline skips rendering the cards off screen (style/timeline.css).
                    <ol class="timeline__list" class:timeline__list--long={total > PAGE}
                        aria-label=strings::timeline::EVENTS>{cards}</ol>
                    <button type="button" class="button button--ghost timeline__more" data-testid="show-more"
                        data-more hidden={rest == 0}>{strings::show_more(rest.min(PAGE), rest)}</button>
                    <DetailShell route block="event-detail" testid="event-detail".to_owned() noun="event"
                        hashtag=wego10_core::sections::TIMELINE.hashtag items open/>
                </div>
            </div>
        </crate::islands::ItemsBehaviour>
    }
}
