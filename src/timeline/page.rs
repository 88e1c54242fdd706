use std::sync::Arc;

use leptos::prelude::*;
use wego10_core::item_nav::KeyMap;

use super::event_card::EventCard;
use super::event_detail::EventDetail;
use super::logic::{self, chronological, Filter};
use super::year_axis::YearAxis;
use crate::data::{Event, TimelineFile};
use crate::dom;
use crate::routes;
use crate::ui::filter_bar::{ChipGroup, FilterBar, Search};
use crate::ui::item_route::{use_item_route, ItemRoute};
use crate::ui::not_found::NotFound;
use crate::ui::section;

/// How many matching events are shown before "Show more".
const PAGE: usize = 200;

/// The query keys of the timeline.
const KEYS: &[&str] = &["category", "q"];

/// `/timeline` and `/timeline/:slug`. The URL is the state: the open event is the
/// path, the filters are the query (`?category=…&q=…`), so every view can be shared.
#[component]
pub fn Timeline(file: Arc<TimelineFile>) -> impl IntoView {
    let route = use_item_route("slug", KEYS, |slug| {
        routes::section_item(routes::TIMELINE, slug)
    });
    route.listen_keys(
        KeyMap {
            arrows: true,
            arrows_without_item: true,
            home_end: true,
        },
        None,
    );
    let filter = Memo::new(move |_| Filter {
        category: route.param("category"),
        query: route.param("q").unwrap_or_default(),
    });
    let events: Arc<Vec<Event>> = Arc::new(chronological(&file.events));
    let categories: Arc<Vec<(String, String, usize)>> = Arc::new(logic::categories_in_use(&file));
    let total = events.len();

    let shown = {
        let events = events.clone();
        Memo::new(move |_| {
            let f = filter.get();
            (0..events.len())
                .filter(|&i| f.matches(&events[i]))
                .collect::<Vec<usize>>()
        })
    };
    let shown_ids = {
        let events = events.clone();
        Memo::new(move |_| {
            shown
                .get()
                .iter()
                .map(|&i| events[i].id.to_string())
                .collect::<Vec<_>>()
        })
    };
    route.set_order(shown_ids);
    let selected = {
        let events = events.clone();
        Memo::new(move |_| {
            route
                .item
                .get()
                .and_then(|s| events.iter().position(|e| e.id == s.as_str()))
        })
    };
    // At most `limit` matching cards are shown (plus the open one): showing thousands at
    // once costs the browser hundreds of milliseconds of layout. "Show more" raises it.
    let limit = RwSignal::new(PAGE);
    let mask = {
        let n = events.len();
        Memo::new(move |_| logic::visible_mask(n, &shown.get(), limit.get(), selected.get()))
    };
    // One effect shows and hides the cards whose match changed. (An effect per card
    // made filtering 2,000 events take 300 ms of scheduling alone; see BENCH.md.)
    let list_ref = NodeRef::<leptos::html::Ol>::new();
    Effect::new(move |previous: Option<Vec<bool>>| {
        let now = mask.get();
        if let Some(list) = list_ref.get() {
            dom::set_hidden_where_changed(&list, previous.as_deref(), &now);
        }
        now
    });

    let unknown = {
        let events = events.clone();
        move || {
            route.item.get().filter(|s| !events.iter().any(|e| e.id == s.as_str())).map(|s| {
                view! {
                    <NotFound message=format!("There is no event \"{s}\" in the timeline.") back=section::TIMELINE.back()/>
                }
            })
        }
    };

    let counts = categories.iter().map(|(id, label, n)| (id, label, *n));
    let groups = vec![ChipGroup {
        all: ("All", Some(Signal::stored(total))),
        ..ChipGroup::counted("category", "Filter by category", "All", counts)
    }];
    let axis_events = events.clone();
    view! {
        {unknown}
        <FilterBar
            route
            search=Search { section: section::TIMELINE.id, label: "Search events", placeholder: "Title, place or summary" }
            groups
            noun=("event", "events")
            total
            shown=Signal::derive(move || shown.with(Vec::len))
        />
        <div id="timeline" class="timeline" data-testid="timeline" node_ref=route.root>
            <YearAxis
                years=logic::year_marks(&events, &[]).into_iter().map(|(y, _)| y).collect()
                firsts=Memo::new(move |_| {
                    let shown = shown.get();
                    let refs: Vec<&Event> = shown.iter().map(|&i| &axis_events[i]).collect();
                    logic::year_marks(&axis_events, &refs).into_iter().map(|(_, id)| id.map(str::to_owned)).collect::<Vec<_>>()
                })
                selected_year=Signal::derive({
                    let events = events.clone();
                    move || selected.get().and_then(|i| events[i].date.map(|d| d.year))
                })
                on_jump=Callback::new(move |id| route.open(id))
            />
            <EventList route events=events.clone() categories=categories.clone() list_ref/>
            {move || {
                let rest = shown.with(|s| s.len()).saturating_sub(limit.get());
                (rest > 0).then(|| view! {
                    <button type="button" class="button button--ghost timeline__more" data-testid="show-more"
                        on:click=move |_| limit.update(|l| *l += PAGE)>
                        {format!("Show {} more of {rest} further events", rest.min(PAGE))}
                    </button>
                })
            }}
            <Show when=move || selected.get().is_some()>
                <EventDetail route events=events.clone() categories=categories.clone() index=selected/>
            </Show>
        </div>
    }
}

/// Every card, rendered once; a filter only toggles `hidden` (see the effect above), so
/// filtering 2,000 events creates no DOM.
#[component]
fn EventList(
    route: ItemRoute,
    events: Arc<Vec<Event>>,
    categories: Arc<Vec<(String, String, usize)>>,
    list_ref: NodeRef<leptos::html::Ol>,
) -> impl IntoView {
    view! {
        <ol class="timeline__list" aria-label="Events, oldest first" node_ref=list_ref>
            {events.iter().map(|event| {
                let id = event.id.to_string();
                let category = categories.iter().position(|c| c.0 == event.category.as_str()).unwrap_or(0);
                view! {
                    <EventCard
                        route
                        event=event.clone()
                        category=category
                        category_label=categories.get(category).map(|c| c.1.clone()).unwrap_or_default()
                        selected=Signal::derive(move || route.is_open(&id))
                    />
                }
            }).collect_view()}
        </ol>
    }
}
