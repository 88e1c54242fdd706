use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use leptos_router::NavigateOptions;

use super::about::AboutEdition;
use super::lightbox::{Lightbox, WinnerContext};
use super::logic::{
    self, category_counts, category_index, display_name, filtered, level_name, Filter,
};
use super::winner_card::WinnerCard;
use crate::data::{use_site_data, AwardsFile, Edition};
use crate::dom;
use crate::routes::{self, href};
use crate::sequence::neighbours;
use crate::text::plural;
use crate::ui::data_view::data_view;
use crate::ui::not_found::NotFound;
use crate::ui::page_actions::PageActions;

/// `/awards`, `/awards/:edition` and `/awards/:edition/:slug`. The URL is the state:
/// edition and open winner in the path, filters in the query.
#[component]
pub fn AwardsPage() -> impl IntoView {
    let data = use_site_data();
    let params = use_params_map();
    // The router's own query, not the route's: <FlatRoutes> (leptos_router 0.8.17) does
    // not update a route's query when only its params change (/awards → /awards/4th?…).
    let query = use_location().query;
    let edition = Memo::new(move |_| params.read().get("edition"));
    let slug = Memo::new(move |_| params.read().get("slug"));
    let filter = Memo::new(move |_| {
        let q = query.read();
        Filter {
            category: q.get("category").filter(|c| !c.is_empty()),
            level: q.get("level").filter(|c| !c.is_empty()),
            query: q.get("q").unwrap_or_default(),
        }
    });
    view! {
        // "/awards/3rd" is titled by its edition, as its static page is.
        <h1 class="page-title">"The WeGO Awards"</h1>
        <PageActions path=routes::AWARDS section="awards" title=wego10_core::meta::AWARDS_TITLE/>
        {data_view(data.awards, "the awards", move |file: Arc<AwardsFile>| {
            view! { <Awards file edition slug filter/> }.into_any()
        })}
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Move {
    Open,
    Step,
}

#[component]
fn Awards(
    file: Arc<AwardsFile>,
    edition: Memo<Option<String>>,
    slug: Memo<Option<String>>,
    filter: Memo<Filter>,
) -> impl IntoView {
    let about = file.about.clone();
    let editions: Vec<(String, String, u16)> = file
        .editions
        .iter()
        .map(|e| (e.id.to_string(), e.name.clone(), e.year))
        .collect();
    let current = {
        let file = file.clone();
        Memo::new(move |_| logic::edition(&file, edition.get().as_deref()).cloned())
    };
    let current_id = Memo::new(move |_| {
        current.with(|e| e.as_ref().map(|e| e.id.to_string()).unwrap_or_default())
    });
    let shown = Memo::new(move |_| {
        current.with(|e| {
            e.as_ref()
                .map(|e| filtered(e, &filter.get()))
                .unwrap_or_default()
        })
    });
    let shown_ids = Memo::new(move |_| {
        current.with(|e| match e {
            Some(e) => shown
                .get()
                .iter()
                .map(|&i| e.winners[i].id.to_string())
                .collect::<Vec<_>>(),
            None => Vec::new(),
        })
    });
    let open_index = Memo::new(move |_| {
        let s = slug.get()?;
        current.with(|e| e.as_ref()?.winners.iter().position(|w| w.id == s.as_str()))
    });

    let opened_here = RwSignal::new(false);
    let navigate = use_navigate();
    let go = Callback::new(move |(winner, how, f): (Option<String>, Move, Filter)| {
        if how == Move::Open {
            opened_here.set(true);
        }
        let url = f.url(&current_id.get_untracked(), winner.as_deref());
        navigate(
            &url,
            NavigateOptions {
                replace: how != Move::Open,
                scroll: false,
                ..Default::default()
            },
        );
    });
    let open =
        Callback::new(move |id: String| go.run((Some(id), Move::Open, filter.get_untracked())));
    let close = Callback::new(move |()| {
        let returning = slug.get_untracked();
        if opened_here.get_untracked() {
            opened_here.set(false);
            dom::history_back();
        } else {
            go.run((None, Move::Step, filter.get_untracked()));
        }
        if let Some(id) = returning {
            request_animation_frame(move || dom::focus(&format!("winner-link-{id}")));
        }
    });
    let step = Callback::new(move |delta: i32| {
        let ids = shown_ids.get_untracked();
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        if let Some(current) = slug.get_untracked() {
            let (prev, next) = neighbours(&refs, &current);
            if let Some(t) = if delta < 0 { prev } else { next } {
                go.run((Some(t.to_owned()), Move::Step, filter.get_untracked()));
            }
        }
    });
    let set_filter = Callback::new(move |f: Filter| go.run((slug.get_untracked(), Move::Step, f)));

    let not_found = {
        let file = file.clone();
        move || {
            let message = match (edition.get(), slug.get()) {
                (Some(e), _) if !file.editions.iter().any(|x| x.id == e.as_str()) => {
                    format!("There is no edition \"{e}\" of the WeGO Awards.")
                }
                (_, Some(s)) if open_index.get().is_none() => {
                    format!(
                        "There is no winner \"{s}\" in the {}.",
                        current.with(|e| e.as_ref().map(|e| e.name.clone()).unwrap_or_default())
                    )
                }
                _ => return None,
            };
            Some(
                view! { <NotFound message back=(routes::AWARDS.to_owned(), "Back to the awards")/> },
            )
        }
    };

    view! {
        {not_found}
        // The open winner's dialog comes first in the page: a prerendered winner page
        // shows it as soon as its HTML starts to arrive.
        {move || {
            let i = open_index.get()?;
            let ed = current.get()?;
            let w = ed.winners[i].clone();
            let ids = shown_ids.get();
            let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
            let (prev, next) = neighbours(&refs, w.id.as_str());
            let name_of = |id: Option<&str>| id.and_then(|id| ed.winners.iter().find(|x| x.id == id)).map(display_name);
            let ci = category_index(&ed, w.category.as_str());
            let context = WinnerContext {
                name: display_name(&w),
                edition_id: ed.id.to_string(),
                edition_name: ed.name.clone(),
                category: (ed.categories.get(ci).map(|c| c.name.clone()).unwrap_or_default(), ci),
                keywords: ed.categories.get(ci).map(|c| c.keywords.clone()).unwrap_or_default(),
                level: level_name(&ed, &w).map(str::to_owned),
                prev: name_of(prev),
                next: name_of(next),
            };
            Some(view! { <Lightbox winner=w context on_step=step on_close=close/> })
        }}
        <p class="awards__about">{about}</p>
        <nav class="editions" aria-label="Editions">
            <ul>
                {editions.into_iter().map(|(id, name, year)| {
                    let is_current = {
                        let id = id.clone();
                        move || current_id.get() == id
                    };
                    view! {
                        <li><a
                            href=href(&routes::awards_edition(&id))
                            aria-current=move || is_current().then_some("page")
                            data-testid=format!("edition-{id}")
                        >{format!("{name} ({year})")}</a></li>
                    }
                }).collect_view()}
            </ul>
        </nav>
        {move || current.get().map(|ed| view! {
            <Gallery ed=ed.clone() filter shown set_filter on_open=open/>
            <AboutEdition edition=ed/>
        })}
    }
}

/// Filters and the grid of winners of one edition.
#[component]
fn Gallery(
    ed: Edition,
    filter: Memo<Filter>,
    shown: Memo<Vec<usize>>,
    set_filter: Callback<Filter>,
    on_open: Callback<String>,
) -> impl IntoView {
    let ed = Arc::new(ed);
    let total = ed.winners.len();
    let levels: Vec<(String, String)> = ed
        .levels
        .iter()
        .map(|l| (l.id.to_string(), l.name.clone()))
        .collect();
    let counts = {
        let ed = ed.clone();
        Memo::new(move |_| category_counts(&ed, &filter.get()))
    };
    let chip = move |kind: &'static str,
                     id: Option<String>,
                     label: String,
                     count: Option<Signal<usize>>| {
        let pressed = {
            let id = id.clone();
            move || match kind {
                "category" => filter.get().category == id,
                _ => filter.get().level == id,
            }
        };
        let testid = format!("{kind}-{}", id.as_deref().unwrap_or("all"));
        view! {
            <li><button type="button" class="chip" aria-pressed=move || pressed().to_string() data-testid=testid
                on:click=move |_| {
                    let mut f = filter.get_untracked();
                    if kind == "category" { f.category = id.clone() } else { f.level = id.clone() }
                    set_filter.run(f);
                }>
                {label}{count.map(|c| view! { <span class="chip__count">{move || c.get()}</span> })}
            </button></li>
        }
    };
    let grid_ed = ed.clone();
    view! {
        <div class="filters" data-testid="filters">
            <div class="filters__search">
                <label for="awards-search">"Search winners"</label>
                <input id="awards-search" type="search" placeholder="City, country or project" autocomplete="off" data-testid="search"
                    prop:value=move || filter.get().query
                    on:input:target=move |ev| set_filter.run(Filter { query: ev.target().value(), ..filter.get_untracked() })/>
            </div>
            <ul class="filters__chips" aria-label="Filter by category">
                {chip("category", None, "All categories".into(), None)}
                {ed.categories.iter().enumerate().map(|(i, c)| chip(
                    "category",
                    Some(c.id.to_string()),
                    c.name.clone(),
                    Some(Signal::derive(move || counts.with(|cs| cs.get(i).map_or(0, |x| x.2)))),
                )).collect_view()}
            </ul>
            <ul class="filters__chips" aria-label="Filter by level">
                {chip("level", None, "All levels".into(), None)}
                {levels.into_iter().map(|(id, name)| chip("level", Some(id), name, None)).collect_view()}
            </ul>
            <p class="filters__count" role="status" aria-live="polite" data-testid="winner-count">
                {move || {
                    let n = shown.get().len();
                    if filter.get().is_active() { format!("Showing {n} of {}", plural(total, "winner", "winners")) } else { plural(n, "winner", "winners") }
                }}
            </p>
            <Show when=move || shown.get().is_empty()>
                <div class="filters__empty" data-testid="no-results">
                    <p>"No winners match these filters."</p>
                    <button type="button" class="button" on:click=move |_| set_filter.run(Filter::default())>"Clear the filters"</button>
                </div>
            </Show>
        </div>
        <ul class="gallery" aria-label="Winners">
            {move || {
                let mut previous = None;
                shown.get().into_iter().map(|i| {
                let w = grid_ed.winners[i].clone();
                let ci = category_index(&grid_ed, w.category.as_str());
                // On paper the gallery is a list by category: a heading where one starts.
                let heading = (previous != Some(ci)).then(|| view! {
                    <li class="gallery__category print-only" role="presentation">
                        <h3>{grid_ed.categories.get(ci).map(|c| c.name.clone()).unwrap_or_default()}</h3>
                    </li>
                });
                previous = Some(ci);
                view! {
                    {heading}
                    <WinnerCard
                        name=display_name(&w)
                        category=(grid_ed.categories.get(ci).map(|c| c.name.clone()).unwrap_or_default(), ci)
                        level=level_name(&grid_ed, &w).map(str::to_owned)
                        level_id=w.level.as_ref().map(|l| l.to_string())
                        href=href(&routes::award_winner(grid_ed.id.as_str(), w.id.as_str()))
                        winner=w
                        on_open
                    />
                }
            }).collect_view()
            }}
        </ul>
    }
}
