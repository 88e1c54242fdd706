use std::sync::Arc;

use leptos::prelude::*;
use wego10_core::item_nav::KeyMap;
use wego10_core::strings;

use super::event_card::EventCard;
use super::event_detail::{self, EventDetail};
use super::logic::{self, chronological, Filter};
use super::year_axis::YearAxis;
use crate::data::{Event, TimelineFile};
use crate::dom;
use crate::routes;
use crate::ui::detail_shell::{page_identity, DetailShell, ShellItem};
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
    let search = Search {
        section: section::TIMELINE.id,
        label: "Search events",
        placeholder: "Title, place or summary",
    };
    if routes::islands() {
        return islands_view(
            route,
            &events,
            &categories,
            groups,
            search,
            selected.get_untracked(),
        )
        .into_any();
    }
    let axis_events = events.clone();
    view! {
        {unknown}
        <FilterBar
            route
            search
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
                        {strings::show_more(rest.min(PAGE), rest)}
                    </button>
                })
            }}
            <Show when=move || selected.get().is_some()>
                <EventDetail route events=events.clone() categories=categories.clone() index=selected/>
            </Show>
        </div>
    }
    .into_any()
}

/// The timeline of an islands page: every card, the year axis and "Show more" as the
/// build sees them (no filter), and every event's detail in one shell, the open one
/// shown; `ItemsBehaviour` does the rest from the page's attributes.
fn islands_view(
    route: ItemRoute,
    events: &Arc<Vec<Event>>,
    categories: &Arc<Vec<(String, String, usize)>>,
    groups: Vec<ChipGroup>,
    search: Search,
    open: Option<usize>,
) -> impl IntoView + use<> {
    let total = events.len();
    let all: Vec<&Event> = events.iter().collect();
    let marks = logic::year_marks(events, &all);
    let years = marks.iter().map(|(y, _)| *y).collect();
    let firsts: Vec<Option<String>> = marks.iter().map(|(_, id)| id.map(str::to_owned)).collect();
    let category = |e: &Event| {
        categories
            .iter()
            .position(|c| c.0 == e.category.as_str())
            .unwrap_or(0)
    };
    let items = events
        .iter()
        .map(|e| {
            let label = categories
                .get(category(e))
                .map(|c| c.1.as_str())
                .unwrap_or_default();
            ShellItem {
                id: e.id.to_string(),
                name: e.title.clone(),
                path: routes::timeline_event(e.id.as_str()),
                class: format!("cat-{}", category(e) % 8 + 1),
                head: Some(event_detail::meta(e, label).into_any()),
                body: event_detail::body(e).into_any(),
            }
        })
        .collect();
    let rest = total.saturating_sub(PAGE);
    let (title, description) = page_identity(routes::TIMELINE);
    let selected_year = open.and_then(|i| events[i].date.map(|d| d.year));
    let (events, categories) = (events.clone(), categories.clone());
    view! {
        <crate::islands::ItemsBehaviour>
            <div data-items=routes::href(routes::TIMELINE) data-keys=KEYS.join(" ") data-noun="event|events"
                data-total=total data-page-size=PAGE data-keymap="arrows-without-item home-end"
                data-page-title=title data-page-description=description>
                <FilterBar route search groups noun=("event", "events") total shown=Signal::stored(total)/>
                <div id="timeline" class="timeline" data-testid="timeline" data-keys-scope>
                    <YearAxis years firsts=Signal::stored(firsts) selected_year=Signal::stored(selected_year)
                        on_jump=Callback::new(|_: String| {})/>
                    <EventList route events categories list_ref=NodeRef::new()/>
                    <button type="button" class="button button--ghost timeline__more" data-testid="show-more"
                        data-more hidden=rest == 0>{strings::show_more(rest.min(PAGE), rest)}</button>
                    <DetailShell route block="event-detail" testid="event-detail".to_owned() noun="event"
                        hashtag=wego10_core::sections::TIMELINE.hashtag items open/>
                </div>
            </div>
        </crate::islands::ItemsBehaviour>
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
