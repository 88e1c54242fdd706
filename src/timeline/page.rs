use std::sync::Arc;

use leptos::prelude::*;
use leptos::reactive::computed::Selector;
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use leptos_router::NavigateOptions;

use super::event_card::EventCard;
use super::event_detail::EventDetail;
use super::filters::Filters;
use super::logic::{self, chronological, neighbours, Filter};
use super::year_axis::YearAxis;
use crate::data::{use_site_data, Event, TimelineFile};
use crate::dom;
use crate::routes;
use crate::ui::data_view::data_view;
use crate::ui::not_found::NotFound;
use crate::ui::page_actions::PageActions;
use wego10_core::meta;

/// `/timeline` and `/timeline/:slug`. The URL is the state: the open event is the
/// path, the filters are the query (`?category=…&q=…`), so every view can be shared.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let data = use_site_data();
    let params = use_params_map();
    // The router's own query, not the route's: <FlatRoutes> (leptos_router 0.8.17) does
    // not update a route's query when only its params change (/awards → /awards/4th?…).
    let query = use_location().query;
    let slug = Memo::new(move |_| params.read().get("slug"));
    let filter = Memo::new(move |_| {
        let q = query.read();
        Filter {
            category: q.get("category").filter(|c| !c.is_empty()),
            query: q.get("q").unwrap_or_default(),
        }
    });
    view! {
        <p class="page-kicker">"#BACKTRACK"</p>
        <h1 class="page-title">"A decade of WeGO"</h1>
        <PageActions path=routes::TIMELINE section="timeline" title=meta::TIMELINE_TITLE hashtag=Some(meta::TIMELINE_HASHTAG)/>
        {data_view(data.timeline, "the timeline", move |file: Arc<TimelineFile>| {
            view! { <Timeline file slug filter/> }.into_any()
        })}
    }
}

/// How many matching events are shown before "Show more".
const PAGE: usize = 200;

/// How a change of the open event is written to the history.
#[derive(Clone, Copy, PartialEq)]
enum Move {
    /// Opening from the list: one new entry, so Back closes it.
    Open,
    /// Stepping to a neighbour: replaces the entry, so Back never piles up.
    Step,
}

#[component]
fn Timeline(
    file: Arc<TimelineFile>,
    slug: Memo<Option<String>>,
    filter: Memo<Filter>,
) -> impl IntoView {
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
    let selected = {
        let events = events.clone();
        Memo::new(move |_| {
            slug.get()
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

    // Notifies only the two cards whose selection changed, not all of them.
    let is_selected = Selector::new(move || selected.get());

    // Opened from the list in this visit: Close then goes Back instead of adding an entry.
    let opened_here = RwSignal::new(false);
    let navigate = use_navigate();
    let go = Callback::new(move |(id, how): (Option<String>, Move)| {
        let url = filter.get_untracked().url(id.as_deref());
        if how == Move::Open {
            opened_here.set(true);
        }
        navigate(
            &url,
            NavigateOptions {
                replace: how == Move::Step,
                scroll: false,
                ..Default::default()
            },
        );
    });
    let open = Callback::new(move |id: String| {
        let how = if slug.get_untracked().is_some() {
            Move::Step
        } else {
            Move::Open
        };
        go.run((Some(id), how));
    });
    let close = Callback::new(move |()| {
        if opened_here.get_untracked() {
            opened_here.set(false);
            dom::history_back();
        } else {
            go.run((None, Move::Step));
        }
    });
    let step = move |delta: i32| {
        let ids = shown_ids.get_untracked();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let target = match slug.get_untracked() {
            Some(current) => {
                let (prev, next) = neighbours(&ids, &current);
                if delta < 0 {
                    prev
                } else {
                    next
                }
            }
            None if delta < 0 => ids.last().copied(),
            None => ids.first().copied(),
        };
        if let Some(t) = target {
            open.run(t.to_owned());
        }
    };
    let jump = move |last: bool| {
        let ids = shown_ids.get_untracked();
        if let Some(t) = if last { ids.last() } else { ids.first() } {
            open.run(t.clone());
        }
    };

    // Keep the open event in view and move focus to its details (announced by name).
    let last_open = StoredValue::new(None::<String>);
    Effect::new(move |_| match slug.get() {
        Some(s) => {
            last_open.set_value(Some(s.clone()));
            let card = format!("event-{s}");
            dom::when_present(card.clone(), move || {
                dom::scroll_into_view(&card);
                dom::focus("event-detail-title");
            });
        }
        None => {
            if let Some(prev) = last_open.get_value() {
                request_animation_frame(move || dom::focus(&format!("event-link-{prev}")));
            }
        }
    });

    // Keys act when focus is in the timeline, or has fallen to <body> while the
    // detail re-renders (so a quick second press is not lost).
    let keys = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        if dom::from_text_field(&ev)
            || ev.alt_key()
            || ev.ctrl_key()
            || ev.meta_key()
            || !dom::focus_within_or_body("timeline")
        {
            return;
        }
        match ev.key().as_str() {
            "ArrowLeft" => step(-1),
            "ArrowRight" => step(1),
            "Home" => jump(false),
            "End" => jump(true),
            "Escape" if slug.get_untracked().is_some() => close.run(()),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());

    let unknown = {
        let events = events.clone();
        move || {
            slug.get().filter(|s| !events.iter().any(|e| e.id == s.as_str())).map(|s| {
                view! {
                    <NotFound message=format!("There is no event \"{s}\" in the timeline.") back=(routes::TIMELINE.to_owned(), "Back to the timeline")/>
                }
            })
        }
    };

    let list_events = events.clone();
    let axis_events = events.clone();
    let detail_events = events.clone();
    let detail_categories = categories.clone();
    let card_categories = categories.clone();
    view! {
        {unknown}
        <Filters categories=categories.clone() filter total shown=Signal::derive(move || shown.get().len())/>
        <div id="timeline" class="timeline" data-testid="timeline">
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
                on_jump=open
            />
            // Every card is rendered once; a filter only toggles `hidden`, so filtering
            // 2,000 events creates no DOM (see the bench).
            <ol class="timeline__list" aria-label="Events, oldest first" node_ref=list_ref>
                {list_events.iter().enumerate().map(|(i, event)| {
                    let id = event.id.to_string();
                    let category = card_categories.iter().position(|c| c.0 == event.category.as_str()).unwrap_or(0);
                    view! {
                        <EventCard
                            event=event.clone()
                            category=category
                            category_label=card_categories.get(category).map(|c| c.1.clone()).unwrap_or_default()
                            href=routes::href(&routes::timeline_event(&id))
                            selected=Signal::derive({
                                let is_selected = is_selected.clone();
                                move || is_selected.selected(&Some(i))
                            })
                            on_open=open
                        />
                    }
                }).collect_view()}
            </ol>
            {move || {
                let rest = shown.with(|s| s.len()).saturating_sub(limit.get());
                (rest > 0).then(|| view! {
                    <button type="button" class="button button--ghost timeline__more" data-testid="show-more"
                        on:click=move |_| limit.update(|l| *l += PAGE)>
                        {format!("Show {} more of {rest} further events", rest.min(PAGE))}
                    </button>
                })
            }}
            {move || selected.get().map(|i| {
                let ids = shown_ids.get();
                let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                let (prev, next) = neighbours(&ids, detail_events[i].id.as_str());
                let title_of = |id: Option<&str>| id.and_then(|id| detail_events.iter().find(|e| e.id == id)).map(|e| e.title.clone());
                let category = detail_categories.iter().position(|c| c.0 == detail_events[i].category.as_str()).unwrap_or(0);
                view! {
                    <EventDetail
                        event=detail_events[i].clone()
                        category=category
                        category_label=detail_categories.get(category).map(|c| c.1.clone()).unwrap_or_default()
                        prev=title_of(prev)
                        next=title_of(next)
                        on_step=Callback::new(move |d: i32| step(d))
                        on_close=close
                    />
                }
            })}
        </div>
    }
}
